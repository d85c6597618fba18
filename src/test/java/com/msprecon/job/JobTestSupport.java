package com.msprecon.job;

import com.msprecon.support.JobTest;
import com.msprecon.ReconProperties;
import com.msprecon.output.OutputLayout;
import com.msprecon.run.RunKey;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchRunner;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.run.RunLeases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the real job against a real database (the subclass chooses H2 or PostgreSQL). Each test context reads
 * its inputs from a directory of its own, which every test fills from a fixture first, so a test may change an
 * input file (a bad mapping, say) without disturbing the others.
 */
@JobTest
@SpringBootTest(properties = { "recon.runner.enabled=false", "recon.chunk-size=2" })
public abstract class JobTestSupport {

	protected static final Path SMALL = Path.of("src/test/resources/data/small");

	protected static final Path DEMO = Path.of("jobs/demo");

	private static final Path INPUT = temporaryDirectory("recon-in");

	private static final Path OUTPUT = temporaryDirectory("recon-out");

	@Autowired
	protected JobOperator jobOperator;

	@Autowired
	protected JobRepository jobRepository;

	@Autowired
	protected Job reconciliationJob;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected FaultInjector faults;

	@Autowired
	protected ReconProperties properties;

	@Autowired
	private List<LaunchableJob> launchableJobs;

	@Autowired
	private GracefulStop gracefulStop;

	@Autowired
	private com.msprecon.msp.MspDirectory mspDirectory;

	@Autowired
	protected RunLeases leases;

	@Autowired
	private org.springframework.core.env.ConfigurableEnvironment environment;

	@DynamicPropertySource
	static void directories(DynamicPropertyRegistry registry) {
		registry.add("recon.input-dir", INPUT::toString);
		registry.add("recon.output-dir", OUTPUT::toString);
	}

	@BeforeEach
	void smallDataSet() {
		useInputs(SMALL);
		faults.disarm();
	}

	protected void useInputs(Path fixture) {
		try (Stream<Path> files = Files.list(fixture)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				Files.copy(file, INPUT.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected Path inputDir() {
		return INPUT;
	}

	protected void writeInput(String name, String content) throws IOException {
		Files.writeString(INPUT.resolve(name), content);
	}

	protected JobExecution run(LocalDate asOfDate, long attempt) throws Exception {
		return jobOperator.start(reconciliationJob,
				com.msprecon.run.RunKey.of(asOfDate, attempt).toJobParameters());
	}

	/** The command line, as {@code ReconApplication} runs it. */
	protected LaunchRunner runner() {
		return runner(java.time.Clock.systemUTC());
	}

	/** The command line on a day of the test's choosing (the default asOfDate). */
	protected LaunchRunner runner(java.time.Clock clock) {
		return new LaunchRunner(jobOperator, jobRepository, launchableJobs, clock, gracefulStop, leases, environment,
				mspDirectory);
	}

	protected static long runId(JobExecution execution) {
		return execution.getJobInstance().getInstanceId();
	}

	/** The folder of the outputs of the first attempt of a date (MSP default). */
	protected Path outputs(LocalDate asOfDate) {
		return outputs(asOfDate, 1);
	}

	protected Path outputs(LocalDate asOfDate, long attempt) {
		return new OutputLayout(OUTPUT).runDir(RunKey.of(asOfDate, attempt), false);
	}

	protected Path outputs(JobExecution execution) {
		return new OutputLayout(OUTPUT).runDir(RunKey.from(execution.getJobParameters()), false);
	}

	protected Path matchOnlyOutputs(LocalDate asOfDate) {
		return new OutputLayout(OUTPUT).runDir(RunKey.of(asOfDate, 1), true);
	}

	protected Path outputDir() {
		return OUTPUT;
	}

	/** A table's rows of one run, without the run id, in a stable order. */
	protected List<Map<String, Object>> rows(String table, long runId, String orderBy) {
		return ResultTables.rows(jdbc, table, runId, orderBy);
	}

	private static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
