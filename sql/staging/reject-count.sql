select count(*) from input_reject where run_id = :runId
