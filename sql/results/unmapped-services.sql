-- R4's unmapped services for the Review sheet, each with the name of its account (an unmapped-service line
-- belongs to exactly one account), in the order of export/lines.sql
select l.line_key, l.status, l.account_codes, l.company_id, l.company_name, l.product_identifier, l.vendor_qty,
       l.psa_qty, l.delta, l.monthly_impact, l.note, r.account_name
from recon_line l
left join account_resolution r on r.run_id = l.run_id and r.account_code = l.account_codes
where l.run_id = :runId and l.status = 'UNMAPPED_SERVICE'
order by case when l.company_name is null then 1 else 0 end, lower(l.company_name), l.company_id,
         l.product_identifier, l.account_codes, l.line_key
