-- docs/rules.md R9: the account resolutions of this run (side C) and of the previous run (side P) by account code,
-- paired by one union grouped by code (each run's rows read by run_id, the primary key's first column)
select account_code,
       max(case when side = 'C' then method end)     as current_method,
       max(case when side = 'C' then company_id end) as current_company_id,
       max(case when side = 'P' then method end)     as previous_method,
       max(case when side = 'P' then company_id end) as previous_company_id
from (
    select 'C' as side, account_code, method, company_id from account_resolution where run_id = :runId
    union all
    select 'P' as side, account_code, method, company_id from account_resolution where run_id = :previousRunId
) sides
group by account_code
