select holder, heartbeat_at from recon_run_lease where run_id = :runId and heartbeat_at >= :staleBefore
