delete from recon_run_lease where run_id = :runId and holder = :holder
