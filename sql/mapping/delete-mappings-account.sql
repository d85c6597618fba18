delete from map_account where run_id = :runId
