delete from history_line where run_id = :runId
