delete from map_service where run_id = :runId
