select account_code, account_name, user_count, packages, domains, actual_users
from stg_vendor_account
where run_id = :runId and account_code > :afterKey
order by account_code
limit :pageSize
