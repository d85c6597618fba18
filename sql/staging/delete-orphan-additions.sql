delete from stg_psa_addition d
where d.run_id = :runId
  and not exists (select 1 from stg_psa_agreement a where a.run_id = d.run_id and a.agreement_id = d.agreement_id)
