package com.msprecon.staging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * (PostgreSQL only), when the planner would take the run for fewer rows than it has. The queries that follow run
 * seconds after the inserts, before autovacuum could look at the tables, and a run that PostgreSQL takes for a
 * handful of rows gets nested-loop joins that grow with the square of the data (issue 16: 43-90 s instead of 20 ms
 * at 50,000 companies). That happens to the first runs of a table, and to a run much larger than the runs the
 * statistics describe; a run like the others (the thousandth MSP of a hosted installation) is estimated from the
 * number of distinct runs, correctly, and analysing again after each of its steps only cost time (0.2 s of an MSP's
 * 1.4 s). So the listener compares the planner's estimate of the run's rows with their count and analyses a table
 * only when the estimate is below half of it or above four times it ({@link #misestimated}): statistics taken when
 * an installation held 30 runs made the 436th run of 1,000 rows look like 35,000, and its sheets were read by
 * scanning and sorting every run's rows. The sample is small (3,000 rows), so that a large table of many runs is
 * cheap to analyse. H2 plans without them.
 */
public final class TableStatistics implements StepExecutionListener {

	private static final Log log = LogFactory.getLog(TableStatistics.class);

	/** the estimated rows in a plan's first line: {@code Seq Scan on t (cost=0.00..1.01 rows=42 width=8)} */
	private static final Pattern PLANNED_ROWS = Pattern.compile("rows=(\\d+)");

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
			// the run's identifier is its job instance's (RunContext)
			long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
			List<String> analysed = jdbc.getJdbcTemplate().execute((ConnectionCallback<List<String>>) connection -> {
				List<String> stale = new ArrayList<>();
				try (Statement statement = connection.createStatement()) {
					for (String table : tables) {
						if (misestimated(plannedRows(statement, table, runId), rows(statement, table, runId))) {
							stale.add(table);
						}
					}
					if (!stale.isEmpty()) {
						analyse(statement, stale);
					}
				}
				return stale;
			});
			log.debug("statistics of " + analysed + " of " + tables + " after " + stepExecution.getStepName() + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		return null;
	}

	/**
	 * Whether the planner's estimate of a run's rows is off enough to change its plans: below half of them (nested
	 * loops over what it takes for a handful of rows), or above four times as many (a hosted installation's
	 * statistics taken when it held a few runs: every run looks a few times larger than it is, until scanning the
	 * whole table and sorting looks cheaper than reading the run by its key).
	 */
	static boolean misestimated(long planned, long rows) {
		return planned * 2 < rows || (rows > 0 && planned > rows * 4);
	}

	private static long plannedRows(Statement statement, String table, long runId) throws SQLException {
		try (ResultSet plan = statement.executeQuery("explain select 1 from " + table + " where run_id = " + runId)) {
			plan.next();
			Matcher rows = PLANNED_ROWS.matcher(plan.getString(1));
			if (!rows.find()) {
				throw new IllegalStateException("no estimated rows in the plan " + plan.getString(1));
			}
			return Long.parseLong(rows.group(1));
		}
	}

	private static long rows(Statement statement, String table, long runId) throws SQLException {
		try (ResultSet count = statement.executeQuery("select count(*) from " + table + " where run_id = " + runId)) {
			count.next();
			return count.getLong(1);
		}
	}

	/**
	 * A sample of 3,000 rows (300 x the target) instead of 30,000: enough for the planner to count this run's rows
	 * (run_id leads every key), and cheap on the large tables of a hosted installation.
	 */
	private static void analyse(Statement statement, List<String> tables) throws SQLException {
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

}
