insert into recon_input (run_id, input_name, description, sha256, records_read, records_used, records_rejected,
    empty_file)
values (:runId, :name, :description, :sha256, :read, :used, :rejected, :emptyFile)
