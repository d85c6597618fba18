insert into history_line (run_id, key_kind, key_id, key_item, change_class, months_open, current_line_key,
                          current_status, current_delta, previous_line_key, previous_status, previous_delta)
values (:runId, :keyKind, :keyId, :keyItem, :changeClass, :monthsOpen, :currentLineKey,
        :currentStatus, :currentDelta, :previousLineKey, :previousStatus, :previousDelta)
