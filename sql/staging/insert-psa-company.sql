insert into stg_psa_company (run_id, company_id, identifier, name, website, status, source, line_no)
values (:runId, :companyId, :identifier, :name, :website, :status, :source, :line)
on conflict do nothing
