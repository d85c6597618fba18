delete from stg_psa_agreement where run_id = :runId
