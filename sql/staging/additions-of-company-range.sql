-- driven by the agreements of the page's companies (index run_id, company_id), each joined to its additions
-- (index run_id, agreement_id): the run_id of both sides is named, so no plan reads other companies' additions
select a.company_id, d.addition_id, d.agreement_id, d.product_identifier, d.quantity, d.less_included, d.unit_price,
       d.unit_cost, d.bill_customer, d.effective_date, d.cancelled_date
from stg_psa_agreement a
join stg_psa_addition d on d.run_id = a.run_id and d.agreement_id = a.agreement_id
where a.run_id = :runId and d.run_id = :runId and a.company_id > :afterKey and a.company_id <= :lastKey
