select usage_key, account_code, tenant_id, tenant_name, domains, actual_users, skus, consumed_units, problem
from stg_usage
where run_id = :runId
order by usage_key
