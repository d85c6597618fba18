insert into usage_account (run_id, row_key, account_code, tenant_id, status, link, origin, actual_users, skus, consumed_units, note)
values (:runId, :rowKey, :accountCode, :tenantId, :status, :link, :origin, :actualUsers, :skus, :consumedUnits, :note)
