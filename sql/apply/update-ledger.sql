update psa_apply_ledger
set state = :state, before_qty = :beforeQty, target_qty = :targetQty, live_qty = :liveQty,
    created_line_id = :createdLineId, approved_by = :approvedBy, message = :message, updated_at = :updatedAt
where apply_run_id = :applyRunId and order_key = :orderKey
