-- what earlier apply attempts did to the order: an APPLIED row wins, otherwise the latest attempt
select l.apply_run_id, l.state, l.live_qty, l.created_line_id, l.updated_at
from psa_apply_ledger l
where l.recon_run_id = :reconRunId and l.order_key = :orderKey and l.mode = 'APPLY'
order by case when l.state = 'APPLIED' then 0 else 1 end, l.apply_run_id desc
fetch first 1 rows only
