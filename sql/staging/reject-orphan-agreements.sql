-- agreements of a company the PSA data does not contain cannot be reconciled: they become rejects
insert into input_reject (run_id, source, line_no, column_name, reason, raw_record)
select a.run_id, a.source, a.line_no, 'company_id', 'company ''' || a.company_id || ''' is not in the PSA companies',
       a.agreement_id || ',' || a.company_id || ',' || coalesce(a.name, '') || ',' || a.status
from stg_psa_agreement a
where a.run_id = :runId
  and not exists (select 1 from stg_psa_company c where c.run_id = a.run_id and c.company_id = a.company_id)
