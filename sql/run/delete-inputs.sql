delete from recon_input where run_id = :runId
