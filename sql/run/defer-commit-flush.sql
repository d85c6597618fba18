-- issue 16: this transaction's commit is acknowledged before its WAL reaches the disk (job.RunTransactionManager:
-- only inside a reconciliation run, whose final commit waits for the disk and so flushes all that came before)
set local synchronous_commit = off
