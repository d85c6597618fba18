select company_id, identifier, name, website, status from stg_psa_company where run_id = :runId order by run_id, company_id
