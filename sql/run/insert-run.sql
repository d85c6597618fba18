insert into recon_run (run_id, job_name, as_of_date, period, attempt, started_at, status)
values (:runId, :jobName, :asOfDate, :period, :attempt, :startedAt, 'STARTED')
on conflict do nothing
