package com.msprecon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.support.JobTest;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 16: a freshly filled staging table has planner statistics as soon as its step completed, so PostgreSQL
 * knows how many rows it holds before the next step's queries are planned; a step that failed leaves them alone.
 */
@JobTest
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class TableStatisticsPostgresTests {

	private final String schema = TestSchemas.newName("stats");

	private final SingleConnectionDataSource dataSource;

	private final NamedParameterJdbcTemplate jdbc;

	TableStatisticsPostgresTests() {
		PostgresServer.Connection.Info server = PostgresServer.info();
		dataSource = new SingleConnectionDataSource(server.url(), server.user(), server.password(), true);
		jdbc = new NamedParameterJdbcTemplate(dataSource);
		jdbc.getJdbcTemplate().execute("create schema " + schema);
		jdbc.getJdbcTemplate().execute("set search_path to " + schema);
		jdbc.getJdbcTemplate().execute("create table stg_psa_company (run_id bigint, company_id varchar(20))");
		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select 1, 'C' || g from generate_series(1, 5000) g");
	}

	@AfterEach
	void drop() {
		jdbc.getJdbcTemplate().execute("drop schema " + schema + " cascade");
		dataSource.destroy();
	}

	@Test
	void aCompletedStagingStepLeavesItsTableAnalysedAFailedOneDoesNot() {
		TableStatistics statistics = new TableStatistics(jdbc, true, "stg_psa_company");
		statistics.afterStep(step(BatchStatus.FAILED));
		assertThat(estimatedRows()).as("never analysed: PostgreSQL does not know").isLessThan(0);

		statistics.afterStep(step(BatchStatus.COMPLETED));
		assertThat(estimatedRows()).isEqualTo(5000);
	}

	/**
	 * A hosted installation: the table holds many runs, and the planner must see the new run's rows (once taken for
	 * one row, its joins became nested loops over the whole run). The cheap sample leaves the session as it was.
	 */
	@Test
	void theNewestRunOfAManyRunTableIsCountedAfterItsStep() {
		// a few runs: each is among the most common values, and a run not among them looks empty
		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select r, 'C' || g from generate_series(2, 5) r, "
				+ "generate_series(1, 500) g");
		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 5));
		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select 6, 'C' || g from generate_series(1, 500) g");
		assertThat(estimatedRowsOfRun(6)).as("before the step: unknown to the planner").isLessThan(50);

		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 6));

		assertThat(estimatedRowsOfRun(6)).as("its 500 rows, roughly").isBetween(100L, 2500L);
		// the cheap sample: statistics of at most 10 common values and buckets, not PostgreSQL's default 100
		assertThat(jdbc.getJdbcTemplate().queryForObject("select array_length(histogram_bounds::text::text[], 1) "
				+ "from pg_stats where schemaname = ? and tablename = 'stg_psa_company' and attname = 'company_id'",
				Integer.class, schema)).isLessThanOrEqualTo(11);
		assertThat(jdbc.getJdbcTemplate().queryForObject("show default_statistics_target", String.class))
			.isEqualTo("100");
	}

	/**
	 * The thousandth MSP: a run as large as the runs the statistics already describe is estimated right, and its
	 * table is not analysed again; a run far larger than them is.
	 */
	@Test
	void aRunLikeTheOthersIsNotAnalysedAgainAFarLargerOneIs() {
		thirtyRunsOf200RowsAnalysed();
		assertThat(estimatedRows()).isEqualTo(6000);

		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select 31, 'C' || g from generate_series(1, 200) g");
		assertThat(estimatedRowsOfRun(31)).as("estimated from the runs before it").isBetween(100L, 400L);
		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 31));
		assertThat(estimatedRows()).as("not analysed again").isEqualTo(6000);

		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select 32, 'C' || g from generate_series(1, 5000) g");
		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 32));
		assertThat(estimatedRows()).as("analysed: 25 times the others").isEqualTo(11200);
		assertThat(estimatedRowsOfRun(32)).isGreaterThan(2500);
	}

	/**
	 * A hosted installation whose statistics were taken when it held 30 runs: once it holds 300, every run looks ten
	 * times larger than it is (PostgreSQL scales the rows it knew of to the table's size), and reading a run by its
	 * key looks dearer than scanning the table. Such a run is analysed again.
	 */
	@Test
	void aRunFarSmallerThanTheStatisticsMakeItIsAnalysedAgain() {
		thirtyRunsOf200RowsAnalysed();
		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select r, 'C' || g from generate_series(31, 300) r, "
				+ "generate_series(1, 200) g");
		assertThat(estimatedRowsOfRun(300)).as("the 300th run's 200 rows, taken for one of 30 runs")
			.isGreaterThan(800);

		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 300));

		assertThat(estimatedRows()).as("analysed").isEqualTo(60000);
		assertThat(estimatedRowsOfRun(300)).isBetween(50L, 800L);
	}

	/** A table of 30 runs of 200 rows each, analysed after the last of them. */
	private void thirtyRunsOf200RowsAnalysed() {
		jdbc.getJdbcTemplate().execute("delete from stg_psa_company");
		jdbc.getJdbcTemplate().execute("insert into stg_psa_company select r, 'C' || g from generate_series(1, 30) r, "
				+ "generate_series(1, 200) g");
		new TableStatistics(jdbc, true, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED, 30));
	}

	private long estimatedRowsOfRun(long runId) {
		String plan = String.join("\n", jdbc.getJdbcTemplate()
			.queryForList("explain select * from stg_psa_company where run_id = " + runId, String.class));
		java.util.regex.Matcher rows = java.util.regex.Pattern.compile("rows=(\\d+)").matcher(plan);
		assertThat(rows.find()).as(plan).isTrue();
		return Long.parseLong(rows.group(1));
	}

	@Test
	void onOtherDatabasesNothingIsSent() {
		new TableStatistics(jdbc, false, "stg_psa_company").afterStep(step(BatchStatus.COMPLETED));
		assertThat(estimatedRows()).isLessThan(0);
	}

	private float estimatedRows() {
		return jdbc.getJdbcTemplate()
			.queryForObject("select reltuples from pg_class c join pg_namespace n on n.oid = c.relnamespace "
					+ "where n.nspname = ? and c.relname = 'stg_psa_company'", Float.class, schema);
	}

	private static StepExecution step(BatchStatus status) {
		return step(status, 1);
	}

	private static StepExecution step(BatchStatus status, long runId) {
		JobExecution job = new JobExecution(10L, new JobInstance(runId, "reconciliationJob"), new JobParameters());
		StepExecution step = new StepExecution(1L, "stagePsaCompaniesStep", job);
		step.setStatus(status);
		return step;
	}

}
