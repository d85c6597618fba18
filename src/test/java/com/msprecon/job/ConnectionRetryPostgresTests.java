package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.run.ExitCodes;
import com.msprecon.support.TestDatabases;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A lost database connection in the middle of a step is resumed in the same process, without an operator: one
 * command ends COMPLETED, exit 0, with the results of an uninterrupted run (docs/rules.md §1). With the retries
 * switched off, {@link ConnectionLossPostgresTests} shows what the operator finds instead.
 */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class ConnectionRetryPostgresTests extends JobTestSupport {

	private static final String APPLICATION = "recon-retry-" + UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		registry.add("spring.datasource.hikari.data-source-properties.ApplicationName", () -> APPLICATION);
		registry.add("recon.launch.connection-retry-delay", () -> "200ms");
	}

	@Test
	void aRunWhoseConnectionsAreCutMidStepResumesInTheSameProcessToTheSameResults() throws Exception {
		long baseline = runId(run(LocalDate.of(2026, 5, 15), 1));
		var runner = runner();
		faults.arm("reconcileCompaniesStep", 2, () -> ConnectionLossPostgresTests.cutConnections(APPLICATION));

		runner.run(new DefaultApplicationArguments("asOfDate=2026-05-15", "attempt=2"));

		assertThat(runner.getExitCode()).as("one command, no operator").isEqualTo(ExitCodes.SUCCESS);
		long resumed = jdbc.queryForObject(
				"select run_id from recon_run where as_of_date = date '2026-05-15' and attempt = 2", Long.class);
		assertThat(jdbc.queryForList("select status from batch_job_execution where job_instance_id = ? "
				+ "order by job_execution_id", String.class, resumed))
			.as("the execution that lost its connection, then the one that resumed it")
			.hasSize(2)
			.endsWith("COMPLETED");
		assertThat(ResultTables.snapshot(jdbc, resumed)).isEqualTo(ResultTables.snapshot(jdbc, baseline));
	}

}
