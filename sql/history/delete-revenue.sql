delete from history_revenue where run_id = :runId
