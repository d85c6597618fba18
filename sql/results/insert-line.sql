insert into recon_line (run_id, line_key, status, account_codes, company_id, company_name, product_identifier,
                        vendor_qty, psa_qty, delta, monthly_impact, note)
values (:runId, :lineKey, :status, :accountCodes, :companyId, :companyName, :productIdentifier,
        :vendorQty, :psaQty, :delta, :monthlyImpact, :note)
on conflict do nothing
