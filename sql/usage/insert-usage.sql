insert into stg_usage (run_id, usage_key, account_code, tenant_id, tenant_name, domains, actual_users, skus, consumed_units, problem, source, line_no)
values (:runId, :usageKey, :accountCode, :tenantId, :tenantName, :domains, :actualUsers, :skus, :consumedUnits, :problem, :source, :line)
on conflict do nothing
