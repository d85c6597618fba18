package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.run.ExitCodes;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A lost database connection (a failover, a network blip: here {@code pg_terminate_backend} on every
 * connection of the job) in the middle of a step leaves a run that one operator command makes resumable, and
 * the resumed run ends as an uninterrupted one (docs/rules.md §1).
 */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class ConnectionLossPostgresTests extends JobTestSupport {

	/** Names this context's connections, so that only they are cut (the server is shared). */
	private static final String APPLICATION = "recon-loss-" + UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		registry.add("spring.datasource.hikari.data-source-properties.ApplicationName", () -> APPLICATION);
		// what an operator finds when the in-process resumption is switched off (or used up)
		registry.add("recon.launch.connection-retries", () -> "0");
	}

	@Test
	void aRunWhoseConnectionsAreCutMidStepIsRecoveredAndResumesToTheSameResults() throws Exception {
		long baseline = runId(run(LocalDate.of(2026, 5, 15), 1));
		var runner = runner();
		faults.arm("reconcileCompaniesStep", 2, () -> cutConnections(APPLICATION));

		runner.run(new DefaultApplicationArguments("asOfDate=2026-05-15", "attempt=2"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.FAILED);
		String left = lastStatus(2);
		assertThat(left).as("what the lost connection left").isIn("UNKNOWN", "FAILED");

		runner.run(new DefaultApplicationArguments("recover", "asOfDate=2026-05-15", "attempt=2"));
		assertThat(runner.getExitCode()).as("recover after " + left).isEqualTo(ExitCodes.SUCCESS);
		runner.run(new DefaultApplicationArguments("asOfDate=2026-05-15", "attempt=2"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.SUCCESS);

		assertThat(ResultTables.snapshot(jdbc, runIdOf(2))).isEqualTo(ResultTables.snapshot(jdbc, baseline));
	}

	@Test
	void aRunWhoseConnectionsAreCutCanBeAbandonedForANewAttempt() throws Exception {
		var runner = runner();
		faults.arm("stagePsaCompaniesStep", 2, () -> cutConnections(APPLICATION));
		runner.run(new DefaultApplicationArguments("asOfDate=2026-04-15"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.FAILED);

		runner.run(new DefaultApplicationArguments("abandon", "asOfDate=2026-04-15"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.SUCCESS);
		runner.run(new DefaultApplicationArguments("asOfDate=2026-04-15", "attempt=2"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.SUCCESS);
	}

	private String lastStatus(long attempt) {
		return jdbc.queryForObject("select status from batch_job_execution where job_instance_id = ? "
				+ "order by job_execution_id desc limit 1", String.class, runIdOf(attempt));
	}

	private long runIdOf(long attempt) {
		return jdbc.queryForObject("select run_id from recon_run where as_of_date = date '2026-05-15' and attempt = ?",
				Long.class, attempt);
	}

	/** What a failover does to the job: every one of its connections is closed by the server. */
	static void cutConnections(String application) {
		PostgresServer.Connection.Info server = PostgresServer.info();
		try (var admin = DriverManager.getConnection(server.url(), server.user(), server.password());
				var cut = admin.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity "
						+ "where application_name = ?")) {
			cut.setString(1, application);
			cut.executeQuery().close();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
