update recon_input set records_read = :read, records_used = :used, records_rejected = :rejected
where run_id = :runId and input_name = :name
