insert into psa_apply_decision (apply_run_id, order_key, decision, decided_by, note, source)
values (:runId, :orderKey, :decision, :decidedBy, :note, :source)
