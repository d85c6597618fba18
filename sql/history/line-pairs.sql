-- docs/rules.md R9: the lines of this run (side C) and the discrepancy lines of the previous run (side P) by key, with
-- the months each key had been open in the previous run (side H, from its stored comparison). A key is
-- (company_id, product_identifier) for a company line and (account_code, package) for a per-account line. One union
-- grouped by key pairs the sides in one pass over each run's rows, read by run_id (the primary keys' first column):
-- no join on a computed key.
select key_kind, key_id, key_item,
       max(case when side = 'C' then line_key end)    as current_line_key,
       max(case when side = 'C' then status end)      as current_status,
       max(case when side = 'C' then delta end)       as current_delta,
       max(case when side = 'P' then line_key end)    as previous_line_key,
       max(case when side = 'P' then status end)      as previous_status,
       max(case when side = 'P' then delta end)       as previous_delta,
       max(case when side = 'H' then months_open end) as previous_months_open
from (
    select 'C' as side,
           case when status in ('UNMATCHED', 'EXCLUDED', 'UNMAPPED_SERVICE') then 'ACCOUNT' else 'COMPANY' end as key_kind,
           case when status in ('UNMATCHED', 'EXCLUDED', 'UNMAPPED_SERVICE') then account_codes else company_id end
               as key_id,
           coalesce(product_identifier, '') as key_item,
           line_key, status, delta, cast(null as integer) as months_open
    from recon_line
    where run_id = :runId
    union all
    select 'P' as side,
           case when status in ('UNMATCHED', 'EXCLUDED', 'UNMAPPED_SERVICE') then 'ACCOUNT' else 'COMPANY' end as key_kind,
           case when status in ('UNMATCHED', 'EXCLUDED', 'UNMAPPED_SERVICE') then account_codes else company_id end
               as key_id,
           coalesce(product_identifier, '') as key_item,
           line_key, status, delta, cast(null as integer) as months_open
    from recon_line
    where run_id = :previousRunId and status not in ('MATCH', 'EXCLUDED')
    union all
    select 'H' as side, key_kind, key_id, key_item,
           cast(null as varchar(1000)) as line_key, cast(null as varchar(20)) as status, cast(null as numeric) as delta,
           months_open
    from history_line
    where run_id = :previousRunId and change_class <> 'RESOLVED'
) sides
group by key_kind, key_id, key_item
