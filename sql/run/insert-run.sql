insert into recon_run (run_id, as_of_date, period, attempt, started_at, status)
values (:runId, :asOfDate, :period, :attempt, :startedAt, 'STARTED')
on conflict do nothing
