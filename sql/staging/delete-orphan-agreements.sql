delete from stg_psa_agreement a
where a.run_id = :runId
  and not exists (select 1 from stg_psa_company c where c.run_id = a.run_id and c.company_id = a.company_id)
