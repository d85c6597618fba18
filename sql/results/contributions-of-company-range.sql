select account_code, product_identifier, company_id, seats, packages
from vendor_contribution
where run_id = :runId and company_id > :afterKey and company_id <= :lastKey
