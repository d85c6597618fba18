insert into recon_run (run_id, job_name, msp, as_of_date, period, attempt, started_at, status)
values (:runId, :jobName, :msp, :asOfDate, :period, :attempt, :startedAt, 'STARTED')
on conflict do nothing
