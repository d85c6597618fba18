select change_class, count(*) as line_count from history_line where run_id = :runId group by change_class
