select c.previous_run_id, c.previous_period, c.previous_adjacent, p.as_of_date as previous_as_of_date,
       p.attempt as previous_attempt
from history_comparison c
left join recon_run p on p.run_id = c.previous_run_id
where c.run_id = :runId
