select line_key, status, account_codes, company_id, company_name, product_identifier, vendor_qty, psa_qty, delta,
       monthly_impact, note
from recon_line
where run_id = :runId
order by case when company_name is null then 1 else 0 end, lower(company_name), company_id, product_identifier,
         account_codes, line_key
