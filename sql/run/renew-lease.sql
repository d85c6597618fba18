update recon_run_lease set heartbeat_at = :now where run_id = :runId and holder = :holder
