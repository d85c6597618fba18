insert into vendor_sync_up (run_id, account_code, account_name, company_id, company_name, packages, user_count,
                            actual_users, change_qty)
values (:runId, :accountCode, :accountName, :companyId, :companyName, :packages, :userCount, :actualUsers, :change)
on conflict do nothing
