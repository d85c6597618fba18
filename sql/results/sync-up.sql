select account_code, account_name, company_id, company_name, user_count, actual_users, change_qty
from vendor_sync_up
where run_id = :runId
order by account_code
