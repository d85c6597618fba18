delete from stg_vendor_account where run_id = :runId
