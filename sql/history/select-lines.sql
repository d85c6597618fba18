-- docs/rules.md R9: the run's compared lines with what the outputs show of each side (the lines of recon_line the
-- comparison points to, found by primary key). The previous run is a parameter, not history_comparison's
-- previous_run_id: joined by a column, PostgreSQL could not know which run at planning time and hashed every run's
-- lines, a cost that grew with the installation (issue 16: the workbook 0.25 s slower per 100 MSPs; null when there
-- was nothing to compare with)
select h.key_kind, h.key_id, h.key_item, h.change_class, h.months_open,
       coalesce(c.company_id, p.company_id) as company_id, coalesce(c.company_name, p.company_name) as company_name,
       h.current_line_key, h.current_status, c.account_codes as current_account_codes, c.vendor_qty as current_vendor_qty,
       c.psa_qty as current_psa_qty, h.current_delta, c.monthly_impact as current_monthly_impact,
       h.previous_line_key, h.previous_status, p.account_codes as previous_account_codes,
       p.vendor_qty as previous_vendor_qty, p.psa_qty as previous_psa_qty, h.previous_delta,
       p.monthly_impact as previous_monthly_impact
from history_line h
left join recon_line c on c.run_id = h.run_id and c.line_key = h.current_line_key
left join recon_line p on p.run_id = :previousRunId and p.line_key = h.previous_line_key
where h.run_id = :runId
order by case when coalesce(c.company_name, p.company_name) is null then 1 else 0 end,
         lower(coalesce(c.company_name, p.company_name)), h.key_kind, h.key_id, h.key_item
