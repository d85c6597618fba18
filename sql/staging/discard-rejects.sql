delete from input_reject where run_id = :runId and source in (:sources)
