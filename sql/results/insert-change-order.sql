insert into psa_change_order (run_id, order_key, line_key, action, company_id, company_name, agreement_id, agreement_name,
                              addition_id, product_identifier, current_qty, new_qty, delta, unit_price, monthly_impact,
                              effective_date, approval_required, note)
values (:runId, :orderKey, :lineKey, :action, :companyId, :companyName, :agreementId, :agreementName,
        :additionId, :productIdentifier, :currentQty, :newQty, :delta, :unitPrice, :monthlyImpact,
        :effectiveDate, :approvalRequired, :note)
on conflict do nothing
