delete from history_comparison where run_id = :runId
