select period, source_run_id, recoverable from history_revenue where run_id = :runId order by period
