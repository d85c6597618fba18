insert into stg_psa_agreement (run_id, agreement_id, company_id, name, status, source, line_no)
values (:runId, :agreementId, :companyId, :name, :status, :source, :line)
on conflict do nothing
