select apply_run_id, recon_run_id, mode, approvals_file, approvals_sha256 from psa_apply_run
where apply_run_id = :applyRunId
