package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.apply.ApplyLaunch;
import com.msprecon.apply.ApplyMode;
import com.msprecon.apply.ApplyProperties;

import com.msprecon.run.ExitCodes;
import com.msprecon.run.RunKey;
import com.msprecon.support.ReconDataGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * docs/rules.md §4.4: one installation, many MSPs, each in its own directory of {@code recon.msps.dir} with its
 * own inputs, mapping tables and settings. Two MSPs reconciled for the same date, one after the other and
 * interleaved (one fails, the other runs, the first resumes), end exactly as each reconciled alone: the same
 * rows, the same files, each in its own folder. The {@code all-msps} launch runs every MSP of its shard,
 * continues past a failed and a refused one, and its rerun resumes only those. Subclasses choose the database.
 */
abstract class MultiMspJobTests extends JobTestSupport {

	private static final Path MSPS = directory("recon-msps");

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate namedJdbc;

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	private static final List<String> CSV_FILES = List.of("reconciliation-lines.csv", "account-matches.csv",
			"account-map.proposed.csv", "usage.csv", "psa-change-orders.csv");

	@DynamicPropertySource
	static void msps(DynamicPropertyRegistry registry) {
		registry.add("recon.msps.dir", MSPS::toString);
	}

	/** Each test has the directory of MSPs to itself (the MSP names differ too: the database is shared). */
	@BeforeEach
	void noMsps() throws IOException {
		try (Stream<Path> all = Files.walk(MSPS)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(MSPS)).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * Shards of a hosted installation start their MSPs' runs and steps at the same moment. Spring Batch's default
	 * SERIALIZABLE isolation for creating executions made PostgreSQL fail such runs with a serialization failure
	 * (one MSP in 100 with three shards at once); the runs of different MSPs must never fail each other.
	 */
	@Test
	void executionsOfDifferentMspsCreatedAtOnceNeverFailEachOther() throws Exception {
		Method createStep = JobRepository.class.getMethod("createStepExecution", String.class, JobExecution.class);
		assertThat(createIsolation(createStep)).as("isolation of creating a step execution")
			.isEqualTo(TransactionDefinition.ISOLATION_READ_COMMITTED);

		int threads = 4;
		int runsEach = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> shards = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String shard = "shard" + t + "-" + System.nanoTime();
				shards.add(pool.submit(() -> {
					start.await();
					int steps = 0;
					for (int run = 0; run < runsEach; run++) {
						JobParameters parameters = new JobParametersBuilder().addString("msp", shard + "-" + run)
							.toJobParameters();
						JobInstance instance = jobRepository.createJobInstance("concurrentCreation", parameters);
						JobExecution execution = jobRepository.createJobExecution(instance, parameters,
								new ExecutionContext());
						for (String step : List.of("stage", "resolve", "reconcile", "export")) {
							jobRepository.createStepExecution(step, execution);
							steps++;
						}
					}
					return steps;
				}));
			}
			start.countDown();
			for (Future<Integer> shard : shards) {
				assertThat(shard.get(2, TimeUnit.MINUTES)).isEqualTo(runsEach * 4);
			}
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	/** The isolation level the job repository's proxy begins {@code method}'s transaction with. */
	private int createIsolation(Method method) {
		for (Advisor advisor : ((Advised) jobRepository).getAdvisors()) {
			if (advisor.getAdvice() instanceof TransactionInterceptor transactions) {
				TransactionAttribute attribute = transactions.getTransactionAttributeSource()
					.getTransactionAttribute(method, JobRepository.class);
				if (attribute != null) {
					return attribute.getIsolationLevel();
				}
			}
		}
		throw new AssertionError("the job repository begins no transaction for " + method.getName());
	}

	@Test
	void twoMspsReconciledForTheSameDateInterleavedEndAsEachReconciledAlone() throws Exception {
		Path generated = Files.createTempDirectory("msp-y");
		ReconDataGenerator.write(generated, 5, 60);
		msp("solo-x", DEMO);
		msp("pair-x", DEMO);
		msp("solo-y", generated);
		msp("pair-y", generated);
		for (String y : List.of("solo-y", "pair-y")) {
			Files.writeString(MSPS.resolve(y).resolve("msp.properties"), "currency=EUR\nseats=CONTRACTED\n");
		}

		JobExecution soloX = start("solo-x");
		JobExecution soloY = start("solo-y");
		// interleaved: Y fails half way, X runs from start to end, Y resumes
		faults.arm("reconcileCompaniesStep", 2);
		JobExecution pairYFailed = start("pair-y");
		JobExecution pairX = start("pair-x");
		JobExecution pairY = start("pair-y");

		assertThat(List.of(soloX, soloY, pairX, pairY)).extracting(JobExecution::getStatus)
			.containsOnly(BatchStatus.COMPLETED);
		assertThat(pairYFailed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(pairY.getJobInstance().getInstanceId()).as("resumed, not started again")
			.isEqualTo(pairYFailed.getJobInstance().getInstanceId());
		// the rows: what each stored equals what the same MSP stored alone (R9 saw no other MSP's runs)
		assertSameRows(pairX, soloX);
		assertSameRows(pairY, soloY);
		assertThat(ResultTables.snapshot(jdbc, runId(pairX))).isNotEqualTo(ResultTables.snapshot(jdbc, runId(pairY)));
		// the files: in each MSP's own folder, equal to the same MSP's alone
		for (String[] pair : new String[][] { { "solo-x", "pair-x" }, { "solo-y", "pair-y" } }) {
			Path solo = outputs(pair[0]);
			Path interleaved = outputs(pair[1]);
			assertThat(interleaved).startsWith(outputDir().resolve(pair[1]));
			for (String name : CSV_FILES) {
				assertThat(withoutRun(interleaved.resolve(name))).as(pair[1] + "/" + name)
					.isEqualTo(withoutRun(solo.resolve(name)));
			}
			assertThat(OutputGoldenTests.dump(workbook(interleaved)).replace(pair[1], "<msp>"))
				.isEqualTo(OutputGoldenTests.dump(workbook(solo)).replace(pair[0], "<msp>"));
		}
		// each MSP's own settings: Y bills in euros, X in the installation's dollars
		assertThat(OutputGoldenTests.dump(workbook(outputs("pair-y")))).contains("\"€\"").doesNotContain("\"$\"");
		assertThat(OutputGoldenTests.dump(workbook(outputs("pair-x")))).contains("\"$\"").doesNotContain("\"€\"");
		assertThat(jdbc.queryForList("select msp from recon_run where run_id in (?, ?)", String.class, runId(pairX),
				runId(pairY))).containsExactlyInAnyOrder("pair-x", "pair-y");
		// approvals are per MSP's run: X's order keys cannot approve anything of Y's run of the same date
		String orderOfX = jdbc.queryForObject("select min(order_key) from psa_change_order where run_id = ?",
				String.class, runId(pairX));
		Path approvals = Files.writeString(Files.createTempFile("approvals", ".csv"),
				"order_key,decision,decided_by,note\n" + orderOfX + ",APPROVE,cfo@msp.example,\n");
		ApplyLaunch launch = new ApplyLaunch(jobRepository, namedJdbc,
				new ApplyProperties(approvals, ApplyMode.PREVIEW, false), java.time.Clock.systemUTC(),
				ReconciliationJobConfiguration.JOB_NAME, ApplyJobConfiguration.JOB_NAME);
		assertThatThrownBy(() -> launch.parametersFor(new RunKey("pair-y", AS_OF, 1)))
			.hasMessageContaining("is of run " + runId(pairX) + ", not of run " + runId(pairY));
		assertThat(launch.parametersFor(new RunKey("pair-x", AS_OF, 1))).isNotNull();
	}

	@Test
	void allMspsRunsItsShardContinuesPastFailuresAndItsRerunResumesOnlyWhatDidNotComplete() throws Exception {
		Path generated = Files.createTempDirectory("msp-c");
		ReconDataGenerator.write(generated, 9, 40);
		msp("all-a", DEMO);
		msp("all-b", DEMO);
		msp("all-c", generated);
		Files.delete(MSPS.resolve("all-b").resolve("mimecast-accounts.csv"));
		Files.createDirectories(MSPS.resolve(".hidden"));

		// one shard of three: the third MSP in name order, only
		assertThat(launch("run", "all-msps", "asOfDate=" + AS_OF, "--recon.shard=2/3")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(status("all-c")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(instance("all-a")).isNull();
		assertThat(instance("all-b")).isNull();

		// all: a fails half way, b cannot start (no vendor file), c completed before; the failure decides the code
		faults.arm("reconcileCompaniesStep", 2);
		assertThat(launch("run", "all-msps", "asOfDate=" + AS_OF)).isEqualTo(ExitCodes.FAILED);
		assertThat(status("all-a")).isEqualTo(BatchStatus.FAILED);
		assertThat(instance("all-b")).as("refused before a run is registered").isNull();
		assertThat(executions("all-c")).as("not run again").isEqualTo(1);

		// the same command: a resumes and completes; only b's refusal is left, which a retry cannot help
		assertThat(launch("run", "all-msps", "asOfDate=" + AS_OF)).isEqualTo(ExitCodes.REFUSED);
		assertThat(status("all-a")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(executions("all-a")).isEqualTo(2);
		assertThat(executions("all-c")).isEqualTo(1);

		// b's file put back: the same command completes b and touches no other MSP
		Files.copy(DEMO.resolve("mimecast-accounts.csv"), MSPS.resolve("all-b").resolve("mimecast-accounts.csv"));
		assertThat(launch("run", "all-msps", "asOfDate=" + AS_OF)).isEqualTo(ExitCodes.SUCCESS);
		assertThat(status("all-b")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(executions("all-a")).isEqualTo(2);
		assertThat(executions("all-c")).isEqualTo(1);
		assertThat(withoutRun(outputs("all-b").resolve("reconciliation-lines.csv")))
			.isEqualTo(withoutRun(outputs("all-a").resolve("reconciliation-lines.csv")));
	}

	/**
	 * The CronJob gives no date: a retry of the shard the next day resumes the failed MSP's run of the month as
	 * of its own date and skips the MSP that completed, instead of reconciling it again as of the new day.
	 */
	@Test
	void withoutADateTheRetryAfterMidnightResumesTheMonthsRunsAndSkipsTheCompletedOnes() throws Exception {
		msp("night-a", DEMO);
		msp("night-b", DEMO);
		LocalDate first = LocalDate.of(2026, 9, 20);
		faults.arm("reconcileCompaniesStep", 2);

		assertThat(launchOn(first, "run", "all-msps")).isEqualTo(ExitCodes.FAILED);
		assertThat(status("night-a", first)).isEqualTo(BatchStatus.FAILED);
		assertThat(status("night-b", first)).isEqualTo(BatchStatus.COMPLETED);

		assertThat(launchOn(first.plusDays(1), "run", "all-msps")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(status("night-a", first)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(instance("night-a", first.plusDays(1))).isNull();
		assertThat(instance("night-b", first.plusDays(1))).as("completed as of the 20th: not run again").isNull();
		assertThat(jobRepository.getJobExecutions(instance("night-b", first))).hasSize(1);
	}

	@Test
	void anMspWithABadSettingsFileIsRefusedNamingTheFile() throws Exception {
		msp("bad-settings", DEMO);
		Path file = MSPS.resolve("bad-settings").resolve("msp.properties");
		Files.writeString(file, "currency=EURO\n");

		assertThat(launch("run", "msp=bad-settings", "asOfDate=" + AS_OF)).isEqualTo(ExitCodes.REFUSED);
		assertThat(instance("bad-settings")).isNull();
	}

	private void assertSameRows(JobExecution interleaved, JobExecution alone) {
		var expected = ResultTables.snapshot(jdbc, runId(alone));
		var actual = ResultTables.snapshot(jdbc, runId(interleaved));
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		// the provenance names each MSP's own files (recon_input): the same files, in another MSP's directory
		String aloneDir = "/" + RunKey.from(alone.getJobParameters()).msp() + "/";
		String interleavedDir = "/" + RunKey.from(interleaved.getJobParameters()).msp() + "/";
		expected.forEach((table, rows) -> assertThat(actual.get(table).toString()).as(table)
			.isEqualTo(rows.toString().replace(aloneDir, interleavedDir)));
	}

	private int launch(String... args) throws Exception {
		var runner = runner();
		runner.run(new DefaultApplicationArguments(args));
		return runner.getExitCode();
	}

	private int launchOn(LocalDate day, String... args) throws Exception {
		var runner = runner(java.time.Clock.fixed(day.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC),
				java.time.ZoneOffset.UTC));
		runner.run(new DefaultApplicationArguments(args));
		return runner.getExitCode();
	}

	private JobInstance instance(String msp, LocalDate asOf) {
		return jobRepository.getJobInstance(reconciliationJob.getName(), new RunKey(msp, asOf, 1).toJobParameters());
	}

	private BatchStatus status(String msp, LocalDate asOf) {
		return jobRepository.getLastJobExecution(instance(msp, asOf)).getStatus();
	}

	private JobExecution start(String msp) throws Exception {
		return jobOperator.start(reconciliationJob, new RunKey(msp, AS_OF, 1).toJobParameters());
	}

	private JobInstance instance(String msp) {
		return jobRepository.getJobInstance(reconciliationJob.getName(), new RunKey(msp, AS_OF, 1).toJobParameters());
	}

	private BatchStatus status(String msp) {
		return jobRepository.getLastJobExecution(instance(msp)).getStatus();
	}

	private int executions(String msp) {
		return jobRepository.getJobExecutions(instance(msp)).size();
	}

	private Path outputs(String msp) {
		return new com.msprecon.output.OutputLayout(outputDir()).runDir(new RunKey(msp, AS_OF, 1), false);
	}

	private static Path workbook(Path outputs) {
		return outputs.resolve("change-orders-" + RunKey.of(AS_OF, 1).period() + ".xlsx");
	}

	private static String withoutRun(Path csv) throws IOException {
		return Files.readString(csv).replaceAll("(?m)^R[0-9]+/", "R*/");
	}

	/** A directory of MSPs holding a copy of a data set's CSV files. */
	private static void msp(String name, Path data) throws IOException {
		Path dir = Files.createDirectories(MSPS.resolve(name));
		try (Stream<Path> files = Files.list(data)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
	}

	private static Path directory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
