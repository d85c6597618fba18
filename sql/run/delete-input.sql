delete from recon_input where run_id = :runId and input_name = :name
