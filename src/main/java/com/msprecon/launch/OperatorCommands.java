package com.msprecon.launch;

import com.msprecon.run.ExitCodes;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The operator's commands besides running, over the runs of every {@link LaunchableJob}: list runs, recover a
 * run left unfinished by a killed process or a lost database connection, abandon a run, export a completed run
 * again. A command names its run by
 * its {@link RunKey}; when runs of several jobs have that key, {@code job=<command>} says which. Each returns an
 * exit code ({@link ExitCodes}) and logs what it did or why it refused.
 */
class OperatorCommands {

	static final Set<String> NAMES = Set.of("runs", "recover", "abandon", "export");

	private static final Logger log = LoggerFactory.getLogger(OperatorCommands.class);

	private static final int RUNS_LISTED = 20;

	private static final int RUNS_SEARCHED = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz");

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final List<LaunchableJob> jobs;

	private final RunRecovery recovery;

	/** The zone Spring Batch's local times were taken in: this JVM's. */
	private final ZoneId zone = ZoneId.systemDefault();

	OperatorCommands(JobOperator jobOperator, JobRepository jobRepository, List<LaunchableJob> jobs,
			RunRecovery recovery) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = List.copyOf(jobs);
		this.recovery = recovery;
	}

	int execute(LaunchArguments launch) {
		if (launch.command().equals("runs")) {
			return runs();
		}
		return switch (launch.command()) {
			case "recover" -> recover(launch);
			case "abandon" -> abandon(launch);
			case "export" -> export(launch);
			default -> refuse("unknown command '" + launch.command() + "'");
		};
	}

	/** Lists the most recent runs of every job, newest first, with each step's status. */
	int runs() {
		List<JobInstance> instances = new ArrayList<>();
		for (LaunchableJob job : jobs) {
			instances.addAll(jobRepository.getJobInstances(job.jobName(), 0, RUNS_LISTED));
		}
		instances.sort(Comparator.comparing(JobInstance::getInstanceId).reversed());
		StringBuilder table = new StringBuilder("Recent runs:\n");
		for (JobInstance instance : instances.subList(0, Math.min(RUNS_LISTED, instances.size()))) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			String steps = last.getStepExecutions()
				.stream()
				.sorted(Comparator.comparing(StepExecution::getId))
				.map(s -> s.getStepName() + "=" + s.getStatus())
				.collect(Collectors.joining(" "));
			table.append(String.format("  run %-5d %-18s %s  %-9s started %s, %s (execution %d)%n    %s%n",
					instance.getInstanceId(), instance.getJobName(), RunKey.from(last.getJobParameters()),
					last.getStatus(), time(last.getStartTime()), ending(last), last.getId(), steps));
		}
		log.info("{}", table);
		return ExitCodes.SUCCESS;
	}

	/** How a run's last execution ended, or who still works on it. */
	private String ending(JobExecution last) {
		if (last.getEndTime() != null && !RunRecovery.isUnfinished(last)) {
			return "ended " + time(last.getEndTime());
		}
		return recovery.liveHolder(last)
			.map(holder -> "still running: " + holder)
			.orElse("not running: no live process works on it (the run command resumes it)");
	}

	/** Spring Batch's local times, in the zone of this process, to the second. */
	private String time(LocalDateTime time) {
		return time == null ? "-" : TIME.format(time.atZone(zone));
	}

	/**
	 * Marks a run that no live process works on any more, left STARTED, STOPPING (a killed process) or UNKNOWN (a
	 * lost database connection), as FAILED, so that the run command resumes it. Refuses while a live process
	 * holds the run.
	 */
	int recover(LaunchArguments launch) {
		Found found = find(launch, RunRecovery::isUnfinished, "left STARTED, STOPPING or UNKNOWN");
		if (found.refusal() != null) {
			return found.refusal();
		}
		Integer live = refuseWhileLive(found, launch);
		if (live != null) {
			return live;
		}
		BatchStatus was = found.status();
		recovery.markFailed(found.last(), "recovered by the operator: no live process worked on the run");
		log.info("Run {} ({}) was {} with no live process working on it; marked FAILED. Resume it with: {} {}",
				found.runId(), found.key(), was, found.job().command(), found.key());
		return ExitCodes.SUCCESS;
	}

	/**
	 * Gives up an unfinished run for good; the date can then only be run again as a new attempt. A run left
	 * STARTED, STOPPING or UNKNOWN is recovered first; refuses while a live process holds the run.
	 */
	int abandon(LaunchArguments launch) {
		Found found = find(launch, last -> last.getStatus() == BatchStatus.FAILED
				|| last.getStatus() == BatchStatus.STOPPED || RunRecovery.isUnfinished(last),
				"unfinished (FAILED, STOPPED, STARTED, STOPPING or UNKNOWN)");
		if (found.refusal() != null) {
			return found.refusal();
		}
		Integer live = refuseWhileLive(found, launch);
		if (live != null) {
			return live;
		}
		try {
			if (RunRecovery.isUnfinished(found.last())) {
				recovery.markFailed(found.last(), "recovered to be abandoned: no live process worked on the run");
			}
			jobOperator.abandon(found.last());
		}
		catch (Exception ex) {
			return refuse("cannot abandon the run for " + found.key() + ": " + ex.getMessage());
		}
		log.info("Run {} ({}) abandoned. To run the date again, start a new attempt: {} {}", found.runId(),
				found.key(), found.job().command(), found.key().nextAttempt());
		return ExitCodes.SUCCESS;
	}

	/** A refusal if a live process works on the found run, else null. */
	private Integer refuseWhileLive(Found found, LaunchArguments launch) {
		return recovery.liveHolder(found.last())
			.map(holder -> refuse("run " + found.runId() + " (" + found.key() + ", " + found.status()
					+ ") is being worked on by a live process: " + holder + ". Wait for it to end, or stop it "
					+ "(SIGTERM, or delete its pod) and run the command again once it has ended"))
			.orElse(null);
	}

	/** Writes the outputs of a completed run again from its stored results, without recomputing anything. */
	int export(LaunchArguments launch) {
		Found found = find(launch, last -> last.getStatus() == BatchStatus.COMPLETED,
				"COMPLETED (rerun it to complete it)");
		if (found.refusal() != null) {
			return found.refusal();
		}
		if (found.job().export() == null) {
			return refuse("the " + found.job().command() + " run " + found.runId() + " has no outputs to export");
		}
		try {
			found.job().export().export(RunContext.of(found.last()));
			return ExitCodes.SUCCESS;
		}
		catch (Exception ex) {
			log.error("Export of the run for {} failed: {}", found.key(), ex.getMessage(), ex);
			return ExitCodes.FAILED;
		}
	}

	/**
	 * The one run with the key (of the job named by {@code job=}, if given) whose last execution the command
	 * applies to; otherwise a refusal saying why.
	 */
	private Found find(LaunchArguments launch, Predicate<JobExecution> applies, String wanted) {
		List<Found> runs = new ArrayList<>();
		for (LaunchableJob job : jobs) {
			if (launch.job() != null && !launch.job().equals(job.command())) {
				continue;
			}
			JobExecution last = launch.asOfDateGiven() ? lastExecution(job, launch.key(), applies)
					: newestOfThePeriod(job, launch, applies);
			if (last != null) {
				runs.add(new Found(job, last, null));
			}
		}
		if (runs.isEmpty()) {
			return refusal(launch.asOfDateGiven()
					? "there is no run for " + launch.key() + (launch.job() == null ? "" : " job=" + launch.job())
					: "no run of period " + launch.key().period() + " is " + wanted + "; name the run with "
							+ "asOfDate=YYYY-MM-DD [attempt=N]");
		}
		List<Found> applicable = runs.stream().filter(f -> applies.test(f.last())).toList();
		if (applicable.size() == 1) {
			return applicable.get(0);
		}
		if (applicable.isEmpty()) {
			return refusal("the run for " + launch.key() + " is " + runs.stream()
				.map(f -> f.job().command() + " " + f.last().getStatus())
				.collect(Collectors.joining(", ")) + "; the command '" + launch.command() + "' needs a run that is "
					+ wanted);
		}
		return refusal("runs of several jobs have " + launch.key() + ": say which with job="
				+ applicable.stream().map(f -> f.job().command()).collect(Collectors.joining(" or job=")));
	}

	/**
	 * The last execution of the job's run with the key. A job whose runs are named by more than their key (the
	 * apply job) may have several: the newest the command applies to, else the newest.
	 */
	private JobExecution lastExecution(LaunchableJob job, RunKey key, Predicate<JobExecution> applies) {
		JobInstance instance = jobRepository.getJobInstance(job.jobName(), key.toJobParameters());
		if (instance != null) {
			return jobRepository.getLastJobExecution(instance);
		}
		JobExecution newest = null;
		for (JobInstance candidate : jobRepository.getJobInstances(job.jobName(), 0, RUNS_SEARCHED)) {
			JobExecution last = jobRepository.getLastJobExecution(candidate);
			if (last == null || !key.equals(RunKey.from(last.getJobParameters()))) {
				continue;
			}
			if (applies.test(last)) {
				return last;
			}
			newest = newest == null ? last : newest;
		}
		return newest;
	}

	/**
	 * Without an asOfDate: the job's newest run of the current period (and MSP) that the command applies to, so
	 * that a Job created from the chart's suspended CronJob of the command needs no parameters.
	 */
	private JobExecution newestOfThePeriod(LaunchableJob job, LaunchArguments launch, Predicate<JobExecution> applies) {
		for (JobInstance instance : jobRepository.getJobInstances(job.jobName(), 0, RUNS_LISTED)) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			RunKey key = RunKey.from(last.getJobParameters());
			if (key.msp().equals(launch.key().msp()) && key.period().equals(launch.key().period())
					&& applies.test(last)) {
				log.info("No asOfDate given: the command '{}' applies to run {} ({}, {} job), the newest run of period "
						+ "{} it can apply to ({})", launch.command(), instance.getInstanceId(), key, job.command(),
						key.period(), last.getStatus());
				return last;
			}
		}
		return null;
	}

	private static Found refusal(String message) {
		return new Found(null, null, refuse(message));
	}

	private static int refuse(String message) {
		log.error("Refused: {}", message);
		return ExitCodes.REFUSED;
	}

	private record Found(LaunchableJob job, JobExecution last, Integer refusal) {

		long runId() {
			return last.getJobInstance().getInstanceId();
		}

		BatchStatus status() {
			return last.getStatus();
		}

		RunKey key() {
			return RunKey.from(last.getJobParameters());
		}

	}

}
