insert into psa_apply_run (apply_run_id, recon_run_id, mode, approvals_file, approvals_sha256, started_at)
values (:applyRunId, :reconRunId, :mode, :approvalsFile, :approvalsSha256, :startedAt)
on conflict do nothing
