select input_name, description, sha256, records_read, records_used, records_rejected, empty_file
from recon_input where run_id = :runId order by input_name
