select vendor_account_code, psa_company_id, excluded, note, line_no as line from map_account where run_id = :runId order by line_no
