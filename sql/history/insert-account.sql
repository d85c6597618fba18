insert into history_account (run_id, account_code, change_class, previous_method, previous_company_id,
                             current_method, current_company_id)
values (:runId, :accountCode, :changeClass, :previousMethod, :previousCompanyId, :currentMethod, :currentCompanyId)
