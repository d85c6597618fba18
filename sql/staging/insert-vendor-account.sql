insert into stg_vendor_account (run_id, account_code, account_name, user_count, packages, domains, actual_users, source, line_no)
values (:runId, :accountCode, :accountName, :userCount, :packages, :domains, :actualUsers, :source, :line)
on conflict do nothing
