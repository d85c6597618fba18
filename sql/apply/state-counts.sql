select state, count(*) as orders from psa_apply_ledger where apply_run_id = :applyRunId group by state
