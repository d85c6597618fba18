package com.msprecon.launch;

import com.msprecon.input.InputFileException;
import com.msprecon.input.InputFiles;
import com.msprecon.input.SourceInput;
import com.msprecon.msp.MspDirectory;
import com.msprecon.msp.Shard;
import com.msprecon.run.ExitCodes;
import com.msprecon.run.RunContext;
import com.msprecon.run.InputChangedException;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunLeases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code [command] [msp=ID] [asOfDate=YYYY-MM-DD] [attempt=N]}. A job's command word
 * ({@code run} when none is given, see {@link LaunchableJob}) starts or resumes that job's run: the same
 * parameters after a failed or stopped run resume it at the failed step; after a completed run the launch is
 * refused unless a new attempt is asked for; a run left unfinished by a process that is gone (killed, out of
 * memory, its database connection lost) is resumed, one a live process works on is refused. The operator commands ({@link OperatorCommands}) take the same
 * parameters. Sets the process exit code ({@link ExitCodes}).
 */
@Component
@ConditionalOnProperty(name = "recon.runner.enabled", havingValue = "true", matchIfMissing = true)
public class LaunchRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(LaunchRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Map<String, LaunchableJob> jobs = new LinkedHashMap<>();

	private final Clock clock;

	private final OperatorCommands commands;

	private final GracefulStop gracefulStop;

	private final RunRecovery recovery;

	private final ConfigurableEnvironment environment;

	private final MspDirectory mspDirectory;

	/** How many of a job's newest runs are searched for the open run of the period. */
	private static final int OPEN_RUNS_SEARCHED = 50;

	private int exitCode = ExitCodes.SUCCESS;

	/** How often a run that lost its database connection is resumed at once, in this process. */
	static final String CONNECTION_RETRIES = "recon.launch.connection-retries";

	/** How long to wait before such a resumption. */
	static final String CONNECTION_RETRY_DELAY = "recon.launch.connection-retry-delay";

	/** This process's part of the MSPs of an all-msps launch, {@code K/N} ({@link Shard}). */
	static final String SHARD = "recon.shard";

	/** Whether the last {@link #runOnce} ended because the run's database connection was lost. */
	private boolean lastRunLostItsConnection;

	public LaunchRunner(JobOperator jobOperator, JobRepository jobRepository, List<LaunchableJob> launchableJobs,
			Clock clock, GracefulStop gracefulStop, RunLeases leases, ConfigurableEnvironment environment,
			MspDirectory mspDirectory) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		launchableJobs.forEach(job -> jobs.put(job.command(), job));
		this.clock = clock;
		this.recovery = new RunRecovery(jobRepository, leases);
		this.commands = new OperatorCommands(jobOperator, jobRepository, launchableJobs, recovery);
		this.gracefulStop = gracefulStop;
		this.environment = environment;
		this.mspDirectory = mspDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> unknown = SettingsCheck.ofThisApplication().unknownSettings(environment);
		if (!unknown.isEmpty()) {
			exitCode = refuse(String.join("; ", unknown));
			return;
		}
		Set<String> words = new LinkedHashSet<>(jobs.keySet());
		words.addAll(OperatorCommands.NAMES);
		LaunchArguments launch;
		try {
			launch = LaunchArguments.parse(args.getNonOptionArgs(), LocalDate.now(clock), words);
		}
		catch (IllegalArgumentException ex) {
			exitCode = refuse(ex.getMessage());
			return;
		}
		if (!jobs.containsKey(launch.command())) {
			exitCode = launch.allMsps() ? refuse(LaunchArguments.ALL_MSPS + " starts a job for every MSP; the "
					+ launch.command() + " command is about one MSP's run: name it with msp=ID")
					: commands.execute(launch);
			return;
		}
		LaunchableJob job = jobs.get(launch.command());
		exitCode = launch.allMsps() ? runAllMsps(job, launch, shardOf(args))
				: run(job, launch.asOfDateGiven() ? launch.key() : openRunOfThePeriod(job, launch.key()));
	}

	/**
	 * The job for every MSP of the directory of MSPs, or of this process's shard of them, one after another
	 * (docs/rules.md §4.4): each MSP is a run of its own, resumed or refused as a single launch would be. A
	 * failed MSP does not stop the others; an MSP that completed before is skipped, so the same command after a
	 * failure resumes only the MSPs that did not complete. A stop request (SIGTERM) ends the loop after the
	 * current MSP's run has stopped.
	 */
	private int runAllMsps(LaunchableJob job, LaunchArguments launch, String shardSetting) {
		List<String> msps;
		List<String> all;
		Shard shard;
		try {
			shard = Shard.parse(shardSetting);
			all = mspDirectory.msps();
			msps = shard.of(all);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return refuse(ex.getMessage());
		}
		log.info("{}: {} MSPs in shard {} ({}), {} job, asOfDate {}", LaunchArguments.ALL_MSPS, msps.size(), shard,
				SHARD, job.command(), launch.asOfDateGiven() ? launch.key().asOfDate() : "today or the open run");
		// without a date: every MSP's newest run of the period, in one pass over the job's runs of every MSP (a
		// few attempts each), not one search per MSP
		Map<String, JobExecution> newest = launch.asOfDateGiven() ? Map.of()
				: newestRunsOfThePeriod(job, launch.key(), OPEN_RUNS_SEARCHED + 4 * all.size());
		MspOutcomes outcomes = new MspOutcomes();
		for (int i = 0; i < msps.size(); i++) {
			if (gracefulStop.stopRequested()) {
				outcomes.notStarted(msps.size() - i);
				break;
			}
			String msp = msps.get(i);
			RunKey key;
			try {
				key = new RunKey(msp, launch.key().asOfDate(), launch.key().attempt());
			}
			catch (IllegalArgumentException ex) {
				outcomes.ended(msp, refuse("the directory '" + msp + "' under recon.msps.dir does not name an MSP: "
						+ ex.getMessage() + ". Rename it, or hide it with a leading dot"));
				continue;
			}
			JobExecution newestOfMsp = newest.get(msp);
			if (newestOfMsp != null) {
				// a retry after midnight resumes the month's run, or skips it if it completed
				key = RunKey.from(newestOfMsp.getJobParameters());
			}
			if (completedBefore(job, key)) {
				log.info("MSP {} ({} of {}): the run for {} completed before; skipped", msp, i + 1, msps.size(), key);
				outcomes.completedBefore(msp);
				continue;
			}
			log.info("MSP {} ({} of {})", msp, i + 1, msps.size());
			int exit;
			try {
				exit = run(job, key);
			}
			catch (RuntimeException ex) {
				// one MSP's unexpected failure is that MSP's, not the end of the others' runs
				log.debug("The run for {} could not be launched", key, ex);
				log.error("The run for {} could not be launched: {}. Fix the cause, then run the same command again",
						key, ex.getMessage());
				exit = ExitCodes.FAILED;
			}
			outcomes.ended(msp, exit);
			if (exit == ExitCodes.STOPPED && gracefulStop.stopRequested()) {
				outcomes.notStarted(msps.size() - i - 1);
				break;
			}
		}
		int exit = outcomes.exitCode();
		if (exit == ExitCodes.SUCCESS) {
			log.info("{}", outcomes.summary());
		}
		else {
			log.error("{}", outcomes.summary());
		}
		return exit;
	}

	/** {@value #SHARD} of this launch's options (in-process callers), else of the environment; all by default. */
	private String shardOf(ApplicationArguments args) {
		List<String> given = args.getOptionValues(SHARD);
		return given != null && !given.isEmpty() ? given.get(given.size() - 1) : environment.getProperty(SHARD, "0/1");
	}

	private boolean completedBefore(LaunchableJob job, RunKey key) {
		JobParameters parameters;
		try {
			parameters = job.parameters().of(key);
		}
		catch (IllegalArgumentException ex) {
			return false; // the launch itself refuses it, saying why
		}
		JobInstance instance = jobRepository.getJobInstance(job.jobName(), parameters);
		JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
		return last != null && last.getStatus() == BatchStatus.COMPLETED;
	}

	/**
	 * Without an {@code asOfDate}, the newest unfinished run of the job for the current period and MSP, if there
	 * is one: a retry or a manual rerun after midnight (the CronJob's own arguments) resumes the month's run
	 * instead of starting a second run as of another date. Otherwise today's run.
	 */
	private RunKey openRunOfThePeriod(LaunchableJob job, RunKey today) {
		// with a directory of MSPs, the newest runs are every MSP's: search a few attempts of each
		int searched = OPEN_RUNS_SEARCHED + (mspDirectory.hasMspsDir() ? 4 * mspDirectory.msps().size() : 0);
		return openRunOf(job, today, openRunsOfThePeriod(job, today, searched));
	}

	private static RunKey openRunOf(LaunchableJob job, RunKey today, Map<String, RunKey> openRuns) {
		RunKey open = openRuns.get(today.msp());
		if (open == null) {
			return today;
		}
		if (!open.equals(today)) {
			log.info("No asOfDate given: resuming the {} job's open run of period {} ({}); give asOfDate to start "
					+ "another date", job.command(), open.period(), open);
		}
		return open;
	}

	/**
	 * The last execution of each MSP's newest run of the period, among the job's {@code searched} newest runs; an
	 * abandoned run does not count (its date runs again only as a new attempt, which a launch without a date
	 * does not ask for).
	 */
	private Map<String, JobExecution> newestRunsOfThePeriod(LaunchableJob job, RunKey today, int searched) {
		return runsOfThePeriod(job, today, searched, last -> last.getStatus() != BatchStatus.ABANDONED);
	}

	/** The newest unfinished run of the period per MSP, among the job's {@code searched} newest runs. */
	private Map<String, RunKey> openRunsOfThePeriod(LaunchableJob job, RunKey today, int searched) {
		Map<String, RunKey> open = new LinkedHashMap<>();
		runsOfThePeriod(job, today, searched, last -> last.getStatus() != BatchStatus.COMPLETED
				&& last.getStatus() != BatchStatus.ABANDONED)
			.forEach((msp, last) -> open.put(msp, RunKey.from(last.getJobParameters())));
		return open;
	}

	/** Per MSP, the last execution of its newest run of the period that {@code counts}, newest runs first. */
	private Map<String, JobExecution> runsOfThePeriod(LaunchableJob job, RunKey today, int searched,
			Predicate<JobExecution> counts) {
		Map<String, JobExecution> runs = new LinkedHashMap<>();
		for (JobInstance instance : jobRepository.getJobInstances(job.jobName(), 0, searched)) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last == null || !counts.test(last)) {
				continue;
			}
			RunKey key = RunKey.from(last.getJobParameters());
			if (key.period().equals(today.period())) {
				runs.putIfAbsent(key.msp(), last);
			}
		}
		return runs;
	}

	/**
	 * Runs the job once, and again, in this process, while it fails only because its database connection was
	 * lost and the retries of {@value #CONNECTION_RETRIES} (default 2, {@value #CONNECTION_RETRY_DELAY} apart,
	 * default 10 s) are not used up: resuming is safe (a resumed run ends as an uninterrupted one), and a blip
	 * should not wait for an operator until the morning. The same holds for the apply job: its resumption is the
	 * rerun of R11, which settles an order left IN_FLIGHT by reading the PSA before writing anything.
	 */
	private int run(LaunchableJob launchable, RunKey key) {
		long retries = environment.getProperty(CONNECTION_RETRIES, Long.class, 2L);
		Duration delay = environment.getProperty(CONNECTION_RETRY_DELAY, Duration.class, Duration.ofSeconds(10));
		RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(retries)
			.delay(delay)
			.includes(ConnectionLost.class)
			.build());
		template.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
				log.warn("The run for {} lost its database connection: resuming it in this process in {} (retries "
						+ "allowed: {}, {})", key, delay, retries, CONNECTION_RETRIES);
			}
		});
		try {
			return template.execute(() -> {
				int exit = runOnce(launchable, key);
				if (lastRunLostItsConnection) {
					throw new ConnectionLost(exit);
				}
				return exit;
			});
		}
		catch (RetryException ex) {
			if (ex.getLastException() instanceof ConnectionLost lost) {
				log.error("The run for {} failed: its database connection was lost {} times in a row. Check the "
						+ "database, then run the same command again; it resumes the run", key, retries + 1);
				return lost.exitCode;
			}
			throw new IllegalStateException(ex.getLastException());
		}
	}

	/** A run that ended on a lost database connection, with the exit code it ended with. */
	private static final class ConnectionLost extends RuntimeException {

		private final int exitCode;

		ConnectionLost(int exitCode) {
			super(null, null, false, false);
			this.exitCode = exitCode;
		}

	}

	private int runOnce(LaunchableJob launchable, RunKey key) {
		lastRunLostItsConnection = false;
		String missing;
		try {
			missing = missingInputs(launchable, key);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// a bad msp.properties, or an MSP's own credentials that leave a required setting out
			return refuse(ex.getMessage() + ". Nothing was started");
		}
		if (missing != null) {
			// found before a run is registered: a run that could not read its inputs would only wait to be resumed
			return refuse(missing);
		}
		JobParameters parameters;
		try {
			parameters = launchable.parameters().of(key);
		}
		catch (IllegalArgumentException ex) {
			return refuse(ex.getMessage());
		}
		JobInstance instance = jobRepository.getJobInstance(launchable.jobName(), parameters);
		if (instance != null) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return refuse("the run for " + key + " already COMPLETED (run " + instance.getInstanceId() + ", ended "
						+ last.getEndTime() + "). To run that date again on purpose, start a new attempt: "
						+ key.nextAttempt());
			}
			if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
				return refuse("the run for " + key + " was abandoned and is not resumed. To run that date again, "
						+ "start a new attempt: " + key.nextAttempt());
			}
			if (last != null && RunRecovery.isUnfinished(last)) {
				// a killed process or a lost connection left it; if no live process holds it, resume it (§1)
				var holder = recovery.liveHolder(last);
				if (holder.isPresent()) {
					return refuse("the run for " + key + " (run " + instance.getInstanceId() + ") is already "
							+ "running: " + holder.get() + ". It is not started twice; wait for it to end.");
				}
				log.warn("Run {} ({}) was left {} by a process that is gone (no live process holds it): marking it "
						+ "FAILED and resuming it", instance.getInstanceId(), key, last.getStatus());
				recovery.markFailed(last, "left " + last.getStatus() + " by a process that is gone; resumed by "
						+ "the next launch");
			}
			if (last != null) {
				log.info("Resuming run {} ({}), last status {}", instance.getInstanceId(), key, last.getStatus());
			}
		}
		try {
			log.info("Starting the {} job for {}", launchable.command(), key);
			JobExecution execution = gracefulStop.guard(() -> jobOperator.start(launchable.job(), parameters));
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				// otherwise the job's own listener has said, last, what failed and what to do
				log.info("Run {} ended COMPLETED", execution.getJobInstance().getInstanceId());
				if (launchable.report() != null) {
					// the console ends with the figures and where the outputs are, after the framework's own lines
					log.info("{}", launchable.report().report(RunContext.of(execution)));
				}
			}
			// UNKNOWN: Spring Batch could not commit or roll back a chunk, in practice a lost connection. A run
			// STOPPED by SIGTERM is never resumed here, even if the closing pool failed a statement on its way out
			lastRunLostItsConnection = execution.getStatus() == BatchStatus.UNKNOWN
					|| execution.getStatus() == BatchStatus.FAILED
							&& ConnectionLoss.isAmong(execution.getAllFailureExceptions());
			if (execution.getAllFailureExceptions().stream().anyMatch(InputChangedException::isCauseOf)) {
				// the same command cannot succeed until the input is put back, and a retry cannot help
				return refuse("the rerun of " + key + " found an input it had staged changed; nothing was written. "
						+ "Put the original file back, or start a new attempt: " + key.nextAttempt());
			}
			return ExitCodes.of(execution.getStatus());
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return refuse("the run for " + key + " already COMPLETED; start a new attempt: " + key.nextAttempt());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return refuse("the run for " + key + " is already running in another process; it is not started twice");
		}
		catch (InvalidJobParametersException | JobRestartException ex) {
			return refuse("cannot start the run: " + ex.getMessage());
		}
		catch (Exception ex) {
			// not a refusal (e.g. the database is unreachable): a later attempt may succeed, so it counts as failed
			lastRunLostItsConnection = ConnectionLoss.isCauseOf(ex);
			log.debug("The run could not be started", ex);
			log.error("The run could not be started: {}. Fix the cause, then run the same command again.",
					ex.getMessage());
			return ExitCodes.FAILED;
		}
	}

	/** Why the job's input files cannot be read (a missing directory, file, permission), or null if they can. */
	private static String missingInputs(LaunchableJob launchable, RunKey key) {
		Set<String> problems = new LinkedHashSet<>();
		for (SourceInput input : launchable.inputs().of(key)) {
			if (input.file() == null) {
				continue;
			}
			Path directory = input.file().toAbsolutePath().getParent();
			if (directory != null && !Files.isDirectory(directory)) {
				problems.add("the input directory " + directory + " does not exist (recon.input-dir, RECON_INPUT_DIR, or "
						+ "the MSP's directory under recon.msps.dir)");
				continue;
			}
			try (var in = InputFiles.open(input.file())) {
				// readable
			}
			catch (InputFileException | java.io.IOException ex) {
				problems.add(ex.getMessage());
			}
		}
		return problems.isEmpty() ? null : "the " + launchable.command() + " job cannot read its inputs: "
				+ String.join("; ", problems) + ". Nothing was started";
	}

	static int refuse(String message) {
		log.error("Launch refused: {}", message);
		return ExitCodes.REFUSED;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
