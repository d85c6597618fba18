-- docs/rules.md R9: recoverable revenue (monthly impact of UNDER_BILLED and NOT_BILLED lines) of this run, and of the
-- latest completed run (latest as-of date, then highest attempt) of the same MSP and job in each earlier period from
-- :firstPeriod on
insert into history_revenue (run_id, period, source_run_id, recoverable)
select cast(:runId as bigint), runs.period, runs.run_id,
       coalesce((select sum(l.monthly_impact)
                 from recon_line l
                 where l.run_id = runs.run_id and l.status in ('UNDER_BILLED', 'NOT_BILLED')), 0)
from (
    select run_id, period
    from (select run_id, period,
                 row_number() over (partition by period order by as_of_date desc, attempt desc) as newest
          from recon_run
          where job_name = :jobName and msp = :msp and status = 'COMPLETED'
            and period >= :firstPeriod and period < :period) earlier
    where newest = 1
    union all
    select cast(:runId as bigint) as run_id, cast(:period as varchar(7)) as period
) runs
