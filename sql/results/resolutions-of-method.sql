-- The accounts of one resolution method for a review sheet, in the order a person works through them (the
-- caller's :order: the most seats first, or the least sure match first)
select account_code, account_name, method, company_id, company_name, score, reason, candidates, user_count,
       actual_users, seats
from account_resolution
where run_id = :runId and method = :method
order by case when :order = 'SEATS' then -seats else 0 end, case when :order = 'SCORE' then score else 0 end,
         account_code
