package com.msprecon.job;

import com.msprecon.changeorder.OutputExporter;
import com.msprecon.ops.OperatorCommands;
import com.msprecon.ops.RunParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code [run] [asOfDate=YYYY-MM-DD] [attempt=N]} starts {@code reconciliationJob}; the same
 * parameters after a failed or stopped run resume it at the failed step; after a completed run the launch is
 * refused unless a new attempt is asked for. The operator commands {@code runs}, {@code recover},
 * {@code abandon} and {@code export} ({@link OperatorCommands}) take the same parameters. Sets the process exit
 * code ({@link ExitCodes}).
 */
@Component
@ConditionalOnProperty(name = "recon.runner.enabled", havingValue = "true", matchIfMissing = true)
public class ReconJobRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(ReconJobRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final Job matchOnlyJob;

	private final Clock clock;

	private final OperatorCommands commands;

	private final GracefulStop gracefulStop;

	private int exitCode = ExitCodes.SUCCESS;

	public ReconJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job reconciliationJob,
			Job matchOnlyJob, Clock clock, OutputExporter exporter, GracefulStop gracefulStop) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = reconciliationJob;
		this.matchOnlyJob = matchOnlyJob;
		this.clock = clock;
		this.commands = new OperatorCommands(jobOperator, jobRepository, reconciliationJob, exporter);
		this.gracefulStop = gracefulStop;
	}

	@Override
	public void run(ApplicationArguments args) {
		LaunchArguments launch;
		try {
			launch = LaunchArguments.parse(args.getNonOptionArgs(), LocalDate.now(clock));
		}
		catch (IllegalArgumentException ex) {
			refuse(ex.getMessage());
			return;
		}
		if (List.of("recover", "abandon", "export").contains(launch.command()) && !launch.asOfDateGiven()) {
			refuse("the command '" + launch.command() + "' needs the run: asOfDate=YYYY-MM-DD [attempt=N]");
			return;
		}
		exitCode = switch (launch.command()) {
			case "runs" -> commands.runs(20);
			case "recover" -> commands.recover(launch);
			case "abandon" -> commands.abandon(launch);
			case "export" -> commands.export(launch);
			case "match-only" -> run(matchOnlyJob, launch);
			default -> run(job, launch);
		};
	}

	private int run(Job job, LaunchArguments launch) {
		JobParameters parameters = parameters(launch);
		JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
		if (instance != null) {
			JobExecution last = jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return refuseCode("the run for asOfDate=" + launch.asOfDate() + " attempt=" + launch.attempt()
						+ " already COMPLETED (run " + instance.getInstanceId() + ", ended " + last.getEndTime()
						+ "). To run that date again on purpose, start a new attempt: asOfDate=" + launch.asOfDate()
						+ " attempt=" + (launch.attempt() + 1));
			}
			if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
				return refuseCode("the run for asOfDate=" + launch.asOfDate() + " attempt=" + launch.attempt()
						+ " was abandoned and is not resumed. To run that date again, start a new attempt: asOfDate="
						+ launch.asOfDate() + " attempt=" + (launch.attempt() + 1));
			}
			if (last != null) {
				log.info("Resuming run {} (asOfDate={} attempt={}), last status {}", instance.getInstanceId(),
						launch.asOfDate(), launch.attempt(), last.getStatus());
			}
		}
		try {
			JobExecution execution = gracefulStop.guard(() -> jobOperator.start(job, parameters));
			log.info("Run {} ended {}", execution.getJobInstance().getInstanceId(), execution.getStatus());
			return ExitCodes.of(execution.getStatus());
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return refuseCode("the run for asOfDate=" + launch.asOfDate() + " attempt=" + launch.attempt()
					+ " already COMPLETED; start a new attempt with attempt=" + (launch.attempt() + 1));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return refuseCode("the run for asOfDate=" + launch.asOfDate() + " attempt=" + launch.attempt()
					+ " is already running. If its process was killed, mark it failed with the 'recover' command, "
					+ "then rerun.");
		}
		catch (InvalidJobParametersException | JobRestartException ex) {
			return refuseCode("cannot start the run: " + ex.getMessage());
		}
		catch (Exception ex) {
			// not a refusal (e.g. the database is unreachable): a later attempt may succeed, so it counts as failed
			log.error("The run could not be started: {}. Fix the cause, then run the same command again.",
					ex.getMessage(), ex);
			return ExitCodes.FAILED;
		}
	}

	public static JobParameters parameters(LaunchArguments launch) {
		return RunParameters.of(launch);
	}

	private void refuse(String message) {
		exitCode = refuseCode(message);
	}

	private int refuseCode(String message) {
		log.error("Launch refused: {}", message);
		return ExitCodes.REFUSED;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
