select agreement_id, company_id, name, status
from stg_psa_agreement
where run_id = :runId and company_id > :afterKey and company_id <= :lastKey
