select status, count(*) as line_count, sum(vendor_qty) as vendor_qty, sum(psa_qty) as psa_qty, sum(delta) as delta,
       sum(monthly_impact) as monthly_impact
from recon_line
where run_id = :runId
group by status
