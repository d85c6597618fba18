select source, line_no, column_name, reason, raw_record
from input_reject
where run_id = :runId
order by source, line_no
