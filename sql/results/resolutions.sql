select account_code, account_name, method, company_id, company_name, score, reason, candidates, user_count,
       actual_users, seats
from account_resolution
where run_id = :runId
order by account_code
