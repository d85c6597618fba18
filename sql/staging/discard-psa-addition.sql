delete from stg_psa_addition where run_id = :runId
