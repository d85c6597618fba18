insert into account_resolution (run_id, account_code, account_name, method, company_id, company_name, score, reason,
                                candidates, user_count, actual_users, seats)
values (:runId, :accountCode, :accountName, :method, :companyId, :companyName, :score, :reason,
        :candidates, :userCount, :actualUsers, :seats)
on conflict do nothing
