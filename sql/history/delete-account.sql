delete from history_account where run_id = :runId
