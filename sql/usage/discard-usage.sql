-- docs/rules.md §1: a corrected usage input is staged again from the start
delete from stg_usage where run_id = :runId
