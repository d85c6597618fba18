select account_code, domains, actual_users
from stg_vendor_account
where run_id = :runId
order by account_code
