package com.msprecon.staging;

import java.sql.Statement;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Fresh planner statistics for the tables a step filled (staging, results, history), once it has filled them
 * (PostgreSQL only). The
 * queries that follow run seconds after the inserts, before autovacuum could look at the tables, and without
 * statistics PostgreSQL takes a freshly filled table for a handful of rows and picks nested-loop joins that grow
 * with the square of the data (issue 16: 43-90 s instead of 20 ms at 50,000 companies). A table of many runs (a
 * hosted installation) needs them as much: a run that is not among the most common values of {@code run_id} looks
 * empty to the planner. The sample is small (3,000 rows), so that the thousandth MSP's run does not read a sample
 * of 30,000 rows of each table after each step. H2 plans without them.
 */
public final class TableStatistics implements StepExecutionListener {

	private static final Log log = LogFactory.getLog(TableStatistics.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean postgres;

	private final List<String> tables;

	/** PostgreSQL's default is 100. */
	private static final int STATISTICS_TARGET = 10;

	/** @param tables the tables the step writes to: names of ours, never text from the data */
	public TableStatistics(NamedParameterJdbcTemplate jdbc, boolean postgres, String... tables) {
		this.jdbc = jdbc;
		this.postgres = postgres;
		this.tables = List.of(tables);
		this.tables.forEach(t -> {
			if (!t.matches("[a-z_]+")) {
				throw new IllegalArgumentException("not a table name: " + t);
			}
		});
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (postgres && stepExecution.getStatus() == BatchStatus.COMPLETED) {
			long start = System.nanoTime();
			// a sample of 3,000 rows (300 x the target) instead of 30,000: enough for the planner to count this run's
			// rows (run_id leads every key), and cheap on the large tables of a hosted installation (issue 16)
			jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set default_statistics_target = " + STATISTICS_TARGET);
					try {
						for (String table : tables) {
							statement.execute("analyze " + table);
						}
					}
					finally {
						statement.execute("reset default_statistics_target");
					}
				}
				return null;
			});
			log.debug("statistics of " + tables + " after " + stepExecution.getStepName() + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		return null;
	}

}
