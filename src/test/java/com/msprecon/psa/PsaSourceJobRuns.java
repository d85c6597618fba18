package com.msprecon.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.msprecon.ReconApplication;
import com.msprecon.run.RunKey;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the reconciliation job on the demo MSP's data (vendor and mapping files from jobs/demo) with a chosen PSA
 * source, each run in a context of its own as {@code java -jar} would, on a database of its own that outlives
 * the context: an in-memory H2 database or a new schema on the test PostgreSQL.
 */
public final class PsaSourceJobRuns {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	/** What the reconciliation decides; staging and rejects may differ by design (what a PSA query selects). */
	public static final String[][] RESULTS = { { "recon_line", "line_key" }, { "psa_change_order", "order_key" },
			{ "account_resolution", "account_code" }, { "vendor_contribution", "account_code, product_identifier" },
			{ "vendor_sync_up", "account_code" } };

	private final String database;

	private final Path outputs;

	/** @param database {@code h2} or {@code postgresql} (skipped when there is no test PostgreSQL) */
	public PsaSourceJobRuns(String database, Path outputs) {
		if (database.equals("postgresql")) {
			assumeTrue(PostgresServer.isAvailable(), "no PostgreSQL server for the tests");
		}
		this.database = database;
		this.outputs = outputs;
	}

	/** The result tables of a run that must complete. */
	public Map<String, List<Map<String, Object>>> completed(String name, List<String> db, String... sources) {
		Run run = run(name, db, sources);
		assertThat(run.status()).as(name + ": " + run.failure()).isEqualTo(BatchStatus.COMPLETED);
		return run.tables();
	}

	public Run run(String name, List<String> db, String... sourceArguments) {
		List<String> args = new ArrayList<>(List.of("--recon.runner.enabled=false",
				"--recon.input-dir=" + DemoPsaData.DEMO, "--recon.output-dir=" + outputs.resolve(name),
				"--logging.level.root=WARN"));
		args.addAll(db);
		args.addAll(Arrays.asList(sourceArguments));
		try (ConfigurableApplicationContext context = SpringApplication.run(ReconApplication.class,
				args.toArray(String[]::new))) {
			JobExecution execution;
			try {
				execution = context.getBean(JobOperator.class)
					.start(context.getBean("reconciliationJob", Job.class), RunKey.of(AS_OF, 1).toJobParameters());
			}
			catch (Exception ex) {
				throw new AssertionError("the launch was refused", ex);
			}
			long runId = execution.getJobInstance().getInstanceId();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
			for (String[] table : RESULTS) {
				List<Map<String, Object>> rows = jdbc
					.queryForList("select * from " + table[0] + " where run_id = ? order by " + table[1], runId);
				rows.forEach(row -> row.remove("run_id"));
				tables.put(table[0], rows);
			}
			String failedStep = execution.getStepExecutions()
				.stream()
				.filter(step -> step.getStatus() == BatchStatus.FAILED)
				.map(StepExecution::getStepName)
				.findFirst()
				.orElse(null);
			long staged = jdbc.queryForObject("select count(*) from stg_psa_addition where run_id = ?", Long.class,
					runId);
			return new Run(runId, execution.getStatus(), failedStep, execution.getAllFailureExceptions().toString(),
					tables, staged);
		}
	}

	/**
	 * Runs the apply job (docs/rules.md R11) in a context of its own on the reconciliation run of {@link #AS_OF}
	 * that {@code name} made; {@code arguments} name the approvals, the mode and the PSA.
	 */
	public Applied apply(String name, List<String> db, String... arguments) {
		List<String> args = new ArrayList<>(List.of("--recon.runner.enabled=false",
				"--recon.input-dir=" + DemoPsaData.DEMO, "--recon.output-dir=" + outputs.resolve(name),
				"--logging.level.root=WARN"));
		args.addAll(db);
		args.addAll(Arrays.asList(arguments));
		try (ConfigurableApplicationContext context = SpringApplication.run(ReconApplication.class,
				args.toArray(String[]::new))) {
			JobExecution execution;
			try {
				execution = context.getBean(JobOperator.class)
					.start(context.getBean("applyChangeOrdersJob", Job.class),
							context.getBean(com.msprecon.apply.ApplyLaunch.class).parametersFor(RunKey.of(AS_OF, 1)));
			}
			catch (Exception ex) {
				throw new AssertionError("the apply launch was refused", ex);
			}
			long applyRun = execution.getJobInstance().getInstanceId();
			Map<String, String> states = new LinkedHashMap<>();
			context.getBean(JdbcTemplate.class)
				.queryForList("select order_key, state from psa_apply_ledger where apply_run_id = ? order by order_key",
						applyRun)
				.forEach(row -> states.put((String) row.get("order_key"), (String) row.get("state")));
			StringBuilder failure = new StringBuilder();
			for (Throwable ex : execution.getAllFailureExceptions()) {
				// with its causes: the processor's own exception sits below the framework's
				for (Throwable t = ex; t != null; t = t.getCause()) {
					failure.append(t).append('\n');
				}
			}
			return new Applied(applyRun, execution.getStatus(), failure.toString(), states);
		}
	}

	/** A database of its own for each run name. */
	public List<String> database(String name) {
		if (database.equals("h2")) {
			String unique = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
			return List.of("--spring.datasource.url=jdbc:h2:mem:psa_" + unique
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		return TestDatabases.postgresArguments("psa_" + name);
	}

	/** One apply run: its id, how it ended, and the final state of each order in its ledger. */
	public record Applied(long applyRunId, BatchStatus status, String failure, Map<String, String> states) {
	}

	/** One run: its id, how it ended, the step that failed, the result tables and the additions staged. */
	public record Run(long runId, BatchStatus status, String failedStep, String failure,
			Map<String, List<Map<String, Object>>> tables, long stagedAdditions) {
	}

}
