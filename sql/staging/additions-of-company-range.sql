select a.company_id, d.addition_id, d.agreement_id, d.product_identifier, d.quantity, d.less_included, d.unit_price,
       d.unit_cost, d.bill_customer, d.effective_date, d.cancelled_date
from stg_psa_addition d
join stg_psa_agreement a on a.run_id = d.run_id and a.agreement_id = d.agreement_id
where d.run_id = :runId and a.company_id > :afterKey and a.company_id <= :lastKey
