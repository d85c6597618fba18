package com.msprecon.job;

import com.msprecon.output.OutputLayout;
import com.msprecon.support.JobTest;
import com.msprecon.run.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import com.msprecon.support.TestSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Crash safety shown for real: the job runs as a separate JVM against PostgreSQL and is killed (SIGKILL) or
 * terminated (SIGTERM) in the middle of a chunk step; the same run command resumes it, and the rerun ends with
 * every result row and output file equal to an uninterrupted run's.
 */
@JobTest
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class CrashSafetyPostgresTests {

	private static final String STEP = "reconcileCompaniesStep";

	private static String schema;

	private static JdbcTemplate jdbc;

	private static Path work;

	private static long baselineRun;

	@BeforeAll
	static void uninterruptedRun() throws Exception {
		PostgresServer.Connection.Info server = PostgresServer.info();
		schema = TestSchemas.newName("crash");
		var dataSource = new DriverManagerDataSource(url(server), server.user(), server.password());
		jdbc = new JdbcTemplate(dataSource);
		work = Files.createTempDirectory("crash");
		assertThat(job("baseline", 1, "run").waitFor()).isEqualTo(ExitCodes.SUCCESS);
		baselineRun = runId(1);
	}

	/**
	 * docs/rules.md §1: while the process lives, nothing marks its run failed or starts it twice; once it is
	 * killed (SIGKILL, or the JVM's exit on OutOfMemoryError), the same run command resumes it without a person.
	 */
	@Test
	void aRunKilledMidStepIsResumedByTheSameCommandAndEqualsAnUninterruptedRun() throws Exception {
		JobProcess crashing = job("killed", 2, "run", "--recon.test.hang-at=" + STEP + ":10");
		awaitCommittedChunks(2, 2);
		JobProcess recover = job("killed", 2, "recover");
		JobProcess run = job("killed", 2, "run");
		assertThat(recover.waitFor()).as("recover while the process lives").isEqualTo(ExitCodes.REFUSED);
		assertThat(run.waitFor()).as("refused while the process lives").isEqualTo(ExitCodes.REFUSED);
		assertThat(Files.readString(recover.log())).contains("is being worked on by a live process: licence-recon run");
		assertThat(status(2)).as("the live run is left alone").isEqualTo("STARTED");
		crashing.kill();
		crashing.waitFor();
		assertThat(status(2)).as("a killed process leaves its run marked running").isEqualTo("STARTED");

		JobProcess retry = job("killed", 2, "run");
		assertThat(retry.waitFor()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(Files.readString(retry.log())).contains("by a process that is gone");

		assertSameAsBaseline(2, "killed");
	}

	@Test
	void aRunTerminatedMidStepStopsCleanlyAndItsRerunEqualsAnUninterruptedRun() throws Exception {
		JobProcess stopping = job("terminated", 3, "run", "--recon.test.slow-down=" + STEP + ":300");
		awaitCommittedChunks(3, 2);
		stopping.terminate();
		assertThat(stopping.waitFor()).as("the exit code after SIGTERM").isEqualTo(ExitCodes.TERMINATED);
		assertThat(status(3)).as("SIGTERM stops the run at a chunk boundary").isEqualTo("STOPPED");
		assertThat(Files.readString(stopping.log())).contains("Shutdown requested: stopping run");

		assertThat(job("terminated", 3, "run").waitFor()).isEqualTo(ExitCodes.SUCCESS);

		assertSameAsBaseline(3, "terminated");
	}

	private static void assertSameAsBaseline(long attempt, String outputs) throws Exception {
		assertThat(ResultTables.snapshot(jdbc, runId(attempt))).isEqualTo(ResultTables.snapshot(jdbc, baselineRun));
		Path expected = latest(work.resolve("baseline").resolve("2026-11"));
		Path actual = latest(work.resolve(outputs).resolve("2026-11"));
		for (String file : List.of("reconciliation-lines.csv", "account-matches.csv", "account-map.proposed.csv")) {
			assertThat(actual.resolve(file)).hasSameBinaryContentAs(expected.resolve(file));
		}
		assertThat(WorkbookCells.withoutRunIdentity(actual.resolve("change-orders-2026-11.xlsx")))
			.isEqualTo(WorkbookCells.withoutRunIdentity(expected.resolve("change-orders-2026-11.xlsx")));
	}

	/** The folder of the period's latest run, as {@code latest.txt} names it. */
	private static Path latest(Path period) throws IOException {
		return period.resolve(Files.readAllLines(period.resolve(OutputLayout.LATEST)).get(0));
	}

	/** Waits until the step of the attempt's run has committed at least {@code chunks} chunks and still runs. */
	private static void awaitCommittedChunks(long attempt, int chunks) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
			try {
				Integer committed = jdbc.queryForObject("select max(se.commit_count) from batch_step_execution se "
						+ "join batch_job_execution je on je.job_execution_id = se.job_execution_id "
						+ "where je.job_instance_id = ? and se.step_name = ? and se.status = 'STARTED'", Integer.class,
						runId(attempt), STEP);
				return committed != null && committed >= chunks;
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
	}

	private static String status(long attempt) {
		return jdbc.queryForObject("select status from batch_job_execution where job_instance_id = ? "
				+ "order by job_execution_id desc limit 1", String.class, runId(attempt));
	}

	private static long runId(long attempt) {
		return jdbc.queryForObject("select run_id from recon_run where as_of_date = date '2026-11-15' and attempt = ?",
				Long.class, attempt);
	}

	private static JobProcess job(String outputs, long attempt, String command, String... extra) throws Exception {
		PostgresServer.Connection.Info server = PostgresServer.info();
		List<String> args = new ArrayList<>(List.of(command, "asOfDate=2026-11-15", "attempt=" + attempt,
				"--spring.datasource.url=" + url(server), "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password(), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema, "--recon.input-dir=jobs/demo",
				"--recon.output-dir=" + work.resolve(outputs), "--recon.chunk-size=5"));
		args.addAll(List.of(extra));
		return JobProcess.start(Files.createTempFile(work, outputs + "-" + command, ".log"), args);
	}

	private static String url(PostgresServer.Connection.Info server) {
		return TestDatabases.withSchema(server.url(), schema);
	}

}
