insert into history_comparison (run_id, previous_run_id, previous_period, previous_adjacent)
values (:runId, :previousRunId, :previousPeriod, :previousAdjacent)
