-- R4's unmapped services for their review sheet, each with the name of its account (an unmapped-service line
-- belongs to exactly one account), the most seats first
select l.line_key, l.status, l.account_codes, l.company_id, l.company_name, l.product_identifier, l.vendor_qty,
       l.psa_qty, l.delta, l.monthly_impact, l.note, r.account_name
from recon_line l
left join account_resolution r on r.run_id = l.run_id and r.account_code = l.account_codes
where l.run_id = :runId and l.status = 'UNMAPPED_SERVICE'
order by l.vendor_qty desc, l.product_identifier, l.account_codes, l.line_key
