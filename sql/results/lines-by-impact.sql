-- The All Lines sheet as a decision list: every discrepancy before the matches, the largest monthly impact first
-- (lines without a price after the priced ones), then as export/lines.sql
select line_key, status, account_codes, company_id, company_name, product_identifier, vendor_qty, psa_qty, delta,
       monthly_impact, note
from recon_line
where run_id = :runId
order by case when status = 'MATCH' then 1 else 0 end, case when monthly_impact is null then 1 else 0 end,
         abs(monthly_impact) desc, case when company_name is null then 1 else 0 end, lower(company_name), company_id,
         product_identifier, account_codes, line_key
