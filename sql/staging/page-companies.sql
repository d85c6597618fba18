select company_id, identifier, name, website, status
from stg_psa_company
where run_id = :runId and company_id > :afterKey
order by company_id
limit :pageSize
