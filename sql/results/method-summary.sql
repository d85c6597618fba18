select method, count(*) as account_count, sum(seats) as seats
from account_resolution
where run_id = :runId
group by method
