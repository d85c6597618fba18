-- The PSA Change Orders sheet (docs/rules.md R7): each order with the status of its line, the vendor accounts behind
-- it and the PSA company's identifier; the largest monthly impact first (unpriced orders after the priced ones)
select o.order_key, o.line_key, o.action, o.company_id, o.company_name, o.agreement_id, o.agreement_name,
       o.addition_id, o.product_identifier, o.current_qty, o.new_qty, o.delta, o.unit_price, o.monthly_impact,
       o.effective_date, o.approval_required, o.note, l.status, l.account_codes, c.identifier as company_identifier
from psa_change_order o
join recon_line l on l.run_id = o.run_id and l.line_key = o.line_key
left join stg_psa_company c on c.run_id = o.run_id and c.company_id = o.company_id
where o.run_id = :runId
order by case when o.monthly_impact is null then 1 else 0 end, abs(o.monthly_impact) desc, lower(o.company_name),
         o.company_id, o.product_identifier, o.order_key
