package com.msprecon.ops;

import com.msprecon.changeorder.OutputExporter;
import com.msprecon.changeorder.RunInfo;
import com.msprecon.job.ExitCodes;
import com.msprecon.job.LaunchArguments;
import com.msprecon.run.RunPeriod;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The operator's commands besides running: list runs, recover a run left STARTED by a killed process, abandon
 * a run, re-export a completed run. Each returns an exit code ({@link ExitCodes}) and logs what it did or why
 * it refused.
 */
public class OperatorCommands {

	private static final Logger log = LoggerFactory.getLogger(OperatorCommands.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final OutputExporter exporter;

	public OperatorCommands(JobOperator jobOperator, JobRepository jobRepository, Job job, OutputExporter exporter) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.exporter = exporter;
	}

	/** Lists the most recent runs, newest first, with each step's status. */
	public int runs(int limit) {
		StringBuilder table = new StringBuilder("Recent runs of ").append(job.getName()).append(":\n");
		for (JobInstance instance : jobRepository.getJobInstances(job.getName(), 0, limit)) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			JobParameters params = last.getJobParameters();
			String steps = last.getStepExecutions()
				.stream()
				.sorted(Comparator.comparing(StepExecution::getId))
				.map(s -> s.getStepName() + "=" + s.getStatus())
				.collect(Collectors.joining(" "));
			table.append(String.format("  run %-5d asOfDate=%s attempt=%s  %-9s started %s ended %s (execution %d)%n    %s%n",
					instance.getInstanceId(), params.getParameter("asOfDate").value(),
					params.getParameter("attempt").value(), last.getStatus(), last.getStartTime(), last.getEndTime(),
					last.getId(), steps));
		}
		log.info("{}", table);
		return ExitCodes.SUCCESS;
	}

	/** Marks a run whose process died (its status still says STARTED) as FAILED, so that it can be rerun. */
	public int recover(LaunchArguments run) {
		JobExecution last = lastExecution(run);
		if (last == null) {
			return refuse("there is no run for " + describe(run));
		}
		if (!last.getStatus().isRunning()) {
			return refuse("the run for " + describe(run) + " is " + last.getStatus() + ", not left running: nothing to recover");
		}
		jobOperator.recover(last);
		log.info("Run {} ({}) marked FAILED. Rerun it with: run {}", last.getJobInstance().getInstanceId(),
				describe(run), describe(run));
		return ExitCodes.SUCCESS;
	}

	/** Gives up a failed or stopped run for good; the date can then only be run again as a new attempt. */
	public int abandon(LaunchArguments run) {
		JobExecution last = lastExecution(run);
		if (last == null) {
			return refuse("there is no run for " + describe(run));
		}
		if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
			return refuse("the run for " + describe(run) + " is " + last.getStatus()
					+ "; only a FAILED or STOPPED run can be abandoned (a run left STARTED: recover it first)");
		}
		try {
			jobOperator.abandon(last);
		}
		catch (Exception ex) {
			return refuse("cannot abandon the run for " + describe(run) + ": " + ex.getMessage());
		}
		log.info("Run {} ({}) abandoned. To run the date again, start a new attempt: run asOfDate={} attempt={}",
				last.getJobInstance().getInstanceId(), describe(run), run.asOfDate(), run.attempt() + 1);
		return ExitCodes.SUCCESS;
	}

	/** Writes the outputs of a completed run again from its stored results, without recomputing anything. */
	public int export(LaunchArguments run) {
		JobExecution last = lastExecution(run);
		if (last == null) {
			return refuse("there is no run for " + describe(run));
		}
		if (last.getStatus() != BatchStatus.COMPLETED) {
			return refuse("the run for " + describe(run) + " is " + last.getStatus()
					+ "; only a completed run can be exported (rerun it to complete it)");
		}
		LocalDate asOfDate = run.asOfDate();
		try {
			exporter.export(new RunInfo(last.getJobInstance().getInstanceId(), asOfDate, RunPeriod.of(asOfDate),
					run.attempt()));
			return ExitCodes.SUCCESS;
		}
		catch (Exception ex) {
			log.error("Export of the run for {} failed: {}", describe(run), ex.getMessage(), ex);
			return ExitCodes.FAILED;
		}
	}

	private JobExecution lastExecution(LaunchArguments run) {
		JobInstance instance = jobRepository.getJobInstance(job.getName(), RunParameters.of(run));
		return instance == null ? null : jobRepository.getLastJobExecution(instance);
	}

	private static String describe(LaunchArguments run) {
		return "asOfDate=" + run.asOfDate() + " attempt=" + run.attempt();
	}

	private static int refuse(String message) {
		log.error("Refused: {}", message);
		return ExitCodes.REFUSED;
	}

}
