-- docs/rules.md R9: the previous run is the latest completed run (any attempt) of the same MSP and job in the nearest
-- earlier period; "latest" is the latest as-of date of that period, then the highest attempt
select run_id, period
from recon_run
where job_name = :jobName and msp = :msp and status = 'COMPLETED' and period < :period
order by period desc, as_of_date desc, attempt desc
fetch first 1 rows only
