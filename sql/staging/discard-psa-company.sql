delete from stg_psa_company where run_id = :runId
