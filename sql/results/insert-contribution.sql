insert into vendor_contribution (run_id, account_code, product_identifier, company_id, seats, packages)
values (:runId, :accountCode, :productIdentifier, :companyId, :seats, :packages)
on conflict do nothing
