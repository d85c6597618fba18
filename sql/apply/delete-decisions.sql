delete from psa_apply_decision where apply_run_id = :applyRunId
