-- additions of an agreement the PSA data does not contain (or that was rejected) become rejects
insert into input_reject (run_id, source, line_no, column_name, reason, raw_record)
select d.run_id, d.source, d.line_no, 'agreement_id', 'agreement ''' || d.agreement_id || ''' is not in the PSA agreements (or was rejected)',
       d.addition_id || ',' || d.agreement_id || ',' || d.product_identifier || ',' || cast(d.quantity as varchar(40))
from stg_psa_addition d
where d.run_id = :runId
  and not exists (select 1 from stg_psa_agreement a where a.run_id = d.run_id and a.agreement_id = d.agreement_id)
