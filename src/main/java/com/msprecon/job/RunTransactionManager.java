package com.msprecon.job;

import com.msprecon.sql.SqlFiles;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The transactions of every job, with one difference while a reconciliation run works on PostgreSQL: its commits
 * are acknowledged before PostgreSQL has flushed them to disk ({@code sql/run/defer-commit-flush.sql}). A small
 * MSP's run commits about a hundred times (its chunks and Spring Batch's bookkeeping of sixteen steps), and waiting
 * for the commits took about a twelfth of the run in a profile; deferring the flush saves a few per cent of it, as
 * the {@code SET LOCAL} costs each transaction a round trip (issue 16, README "Benchmarks").
 * <p>
 * What a run relies on is kept. Only a crash of PostgreSQL itself can lose such commits, and only the last ones of
 * the run that is working: that run fails with the crash, and its rerun resumes from what was kept, as after any
 * failure (commits are kept in order, so what is kept is consistent). The run's last commit, Spring Batch's final
 * update of the job execution after its listeners, waits for the disk again, which flushes every commit before it:
 * once a run has ended, nothing of it can be lost. The apply job, whose ledger must never lose a write, and every
 * other job always wait.
 */
public class RunTransactionManager extends JdbcTransactionManager {

	private static final ThreadLocal<Boolean> DEFERRED = new ThreadLocal<>();

	private volatile Boolean postgres;

	public RunTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	/**
	 * The listener of a job whose transactions may defer the flush: from before its first step until its
	 * listeners end (on the thread that runs the job, as every job here does).
	 */
	public static JobExecutionListener deferFlushWhileRunning() {
		return new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution jobExecution) {
				DEFERRED.set(Boolean.TRUE);
			}

			@Override
			public void afterJob(JobExecution jobExecution) {
				DEFERRED.remove();
			}

		};
	}

	/** Whether this thread's transactions defer the flush of their commits now. */
	static boolean deferring() {
		return Boolean.TRUE.equals(DEFERRED.get());
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		if (deferring() && isPostgres(connection)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(SqlFiles.load("run/defer-commit-flush.sql"));
			}
		}
	}

	private boolean isPostgres(Connection connection) throws SQLException {
		Boolean known = postgres;
		if (known == null) {
			known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			postgres = known;
		}
		return known;
	}

}
