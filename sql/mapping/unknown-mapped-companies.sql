-- account map rows naming a company the PSA data does not contain (R2: an input error)
select m.line_no, m.vendor_account_code, m.psa_company_id
from map_account m
where m.run_id = :runId
  and m.excluded = false
  and not exists (select 1 from stg_psa_company c where c.run_id = m.run_id and c.company_id = m.psa_company_id)
order by m.line_no
