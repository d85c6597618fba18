insert into stg_psa_addition (run_id, addition_id, agreement_id, product_identifier, quantity, less_included, unit_price,
                              unit_cost, bill_customer, effective_date, cancelled_date, source, line_no)
values (:runId, :additionId, :agreementId, :productIdentifier, :quantity, :lessIncluded, :unitPrice,
        :unitCost, :billCustomer, :effectiveDate, :cancelledDate, :source, :line)
on conflict do nothing
