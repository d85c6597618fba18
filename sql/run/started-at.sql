select started_at from recon_run where run_id = :runId
