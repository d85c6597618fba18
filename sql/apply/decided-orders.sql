-- the apply run's decided orders in order-key order (R11); positional parameters: reconRunId, applyRunId
select o.order_key, o.line_key, o.action, o.company_id, o.company_name, o.agreement_id, o.agreement_name,
       o.addition_id, o.product_identifier, o.current_qty, o.new_qty, o.delta, o.unit_price, o.monthly_impact,
       o.effective_date, o.approval_required, o.note,
       d.decision, d.decided_by, d.note as decision_note, d.source
from psa_change_order o
join psa_apply_decision d on d.order_key = o.order_key
where o.run_id = ? and d.apply_run_id = ?
order by o.order_key
