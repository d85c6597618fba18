select input_name, description, sha256, records_read, records_used, records_rejected
from recon_input where run_id = :runId order by input_name
