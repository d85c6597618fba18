-- docs/rules.md R9: the run's compared accounts with their resolution in each run; the previous run is a parameter
-- (null when there was nothing to compare with), for the reason select-lines.sql gives
select h.account_code, h.change_class, coalesce(c.account_name, p.account_name) as account_name,
       h.previous_method, h.previous_company_id, p.company_name as previous_company_name,
       h.current_method, h.current_company_id, c.company_name as current_company_name
from history_account h
left join account_resolution c on c.run_id = h.run_id and c.account_code = h.account_code
left join account_resolution p on p.run_id = :previousRunId and p.account_code = h.account_code
where h.run_id = :runId
order by h.change_class, h.account_code
