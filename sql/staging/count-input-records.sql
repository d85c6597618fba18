-- records used and rejected per input of a run (read = used + rejected)
select source, sum(used) as used, sum(rejected) as rejected
from (
    select source, count(*) as used, 0 as rejected from stg_vendor_account where run_id = :runId group by source
    union all
    select source, count(*), 0 from stg_psa_company where run_id = :runId group by source
    union all
    select source, count(*), 0 from stg_psa_agreement where run_id = :runId group by source
    union all
    select source, count(*), 0 from stg_psa_addition where run_id = :runId group by source
    union all
    select source, count(*), 0 from stg_usage where run_id = :runId group by source
    union all
    select source, 0, count(*) from input_reject where run_id = :runId group by source
) counts
group by source
