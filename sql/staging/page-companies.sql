-- ordered as the primary key (run_id, company_id) is, so that H2 too reads the page in index order instead of
-- sorting every company after the key at each page
select company_id, identifier, name, website, status
from stg_psa_company
where run_id = :runId and company_id > :afterKey
order by run_id, company_id
limit :pageSize
