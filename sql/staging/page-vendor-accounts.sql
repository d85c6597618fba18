-- ordered as the primary key (run_id, account_code) is: H2 then reads the page in index order, never sorts the rest
-- actual users as linked from the usage source (docs/rules.md §4.3) when the run linked usage, else the account's own
select a.account_code, a.account_name, a.user_count, a.packages, a.domains,
       case when u.row_key is null then a.actual_users else u.actual_users end as actual_users
from stg_vendor_account a
left join usage_account u on u.run_id = a.run_id and u.row_key = a.account_code
where a.run_id = :runId and a.account_code > :afterKey
order by a.run_id, a.account_code
limit :pageSize
