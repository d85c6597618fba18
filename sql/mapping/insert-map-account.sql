insert into map_account (run_id, vendor_account_code, psa_company_id, excluded, note, line_no)
values (:runId, :vendorAccountCode, :psaCompanyId, :excluded, :note, :line)
