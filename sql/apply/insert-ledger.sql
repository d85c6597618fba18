insert into psa_apply_ledger (apply_run_id, recon_run_id, order_key, mode, state, before_qty, target_qty, live_qty,
                              created_line_id, approved_by, message, updated_at)
values (:applyRunId, :reconRunId, :orderKey, :mode, :state, :beforeQty, :targetQty, :liveQty,
        :createdLineId, :approvedBy, :message, :updatedAt)
