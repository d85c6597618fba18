insert into recon_run_lease (run_id, holder, heartbeat_at) values (:runId, :holder, :now)
