select change_class, count(*) as account_count from history_account where run_id = :runId group by change_class
