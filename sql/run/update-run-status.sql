update recon_run set status = :status, finished_at = :finishedAt where run_id = :runId
