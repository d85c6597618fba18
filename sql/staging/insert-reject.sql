insert into input_reject (run_id, source, line_no, column_name, reason, raw_record)
values (:runId, :source, :line, :column, :reason, :record)
on conflict do nothing
