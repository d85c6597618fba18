-- docs/rules.md R12: new-line orders of run :runId whose line an earlier run of the same MSP already added to the
-- PSA (its order APPLIED), dated after this run's as-of date, so this run could not count it yet
select o.order_key, e.order_key as earlier_key, l.apply_run_id, l.created_line_id, e.effective_date
from psa_change_order o
join recon_run r on r.run_id = o.run_id
join recon_run er on er.msp = r.msp and er.run_id < r.run_id
join psa_change_order e on e.run_id = er.run_id and e.line_key = o.line_key and e.action = 'ADD_LINE'
join psa_apply_ledger l on l.recon_run_id = e.run_id and l.order_key = e.order_key
where o.run_id = :runId and o.action = 'ADD_LINE' and l.mode = 'APPLY' and l.state = 'APPLIED'
  and e.effective_date > r.as_of_date
order by o.order_key, l.apply_run_id
