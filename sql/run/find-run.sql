select run_id, as_of_date, period, attempt, started_at, finished_at, status from recon_run where run_id = :runId
