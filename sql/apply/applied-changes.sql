-- the apply run's rows for its outputs (R12), in order-key order
select l.order_key, o.company_id, o.company_name, o.agreement_id, o.addition_id, o.product_identifier,
       l.before_qty, l.target_qty, l.live_qty, l.state, l.message, l.approved_by, l.created_line_id, l.updated_at
from psa_apply_ledger l
join psa_change_order o on o.run_id = l.recon_run_id and o.order_key = l.order_key
where l.apply_run_id = :applyRunId
order by l.order_key
