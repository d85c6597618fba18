select row_key, account_code, tenant_id, status, link, origin, actual_users, skus, consumed_units, note
from usage_account
where run_id = :runId
order by case when account_code is null then 1 else 0 end, account_code, tenant_id
