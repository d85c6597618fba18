-- docs/rules.md R8: upsells first, then downsells; within each, the largest change first, then by account code
select account_code, account_name, company_id, company_name, packages, user_count, actual_users, change_qty
from vendor_sync_up
where run_id = :runId
order by case when change_qty > 0 then 0 else 1 end, abs(change_qty) desc, account_code
