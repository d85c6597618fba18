delete from usage_account where run_id = :runId
