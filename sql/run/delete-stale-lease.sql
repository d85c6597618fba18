delete from recon_run_lease where run_id = :runId and heartbeat_at < :staleBefore
