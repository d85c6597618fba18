select order_key, line_key, action, company_id, company_name, agreement_id, agreement_name, addition_id,
       product_identifier, current_qty, new_qty, delta, unit_price, monthly_impact, effective_date, approval_required, note
from psa_change_order
where run_id = :runId
order by lower(company_name), company_id, product_identifier, order_key
