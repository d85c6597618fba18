-- an input with no records at all (a header-only file) has no row in count-input-records.sql: it read 0, not nothing
update recon_input set records_read = 0, records_used = 0, records_rejected = 0
where run_id = :runId and records_read is null
