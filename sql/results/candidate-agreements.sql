-- The active agreements of every company that gets a new line without an agreement (R7: it has several), so the
-- sheet can name the candidates
select a.company_id, a.agreement_id, a.name
from stg_psa_agreement a
where a.run_id = :runId and a.status = :active
  and a.company_id in (select o.company_id from psa_change_order o
                       where o.run_id = :runId and o.action = 'ADD_LINE' and o.agreement_id is null)
order by a.company_id, a.agreement_id
