package com.msprecon.job;

import com.msprecon.run.InputChangedException;
import com.msprecon.run.RunRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps {@code recon_run.status} in step with the job, and tells the operator what to do after a failure. */
@Component
public class RunStatusListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunStatusListener.class);

	private final RunRepository runs;

	private final Clock clock;

	public RunStatusListener(RunRepository runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		runs.markStatus(execution.getJobInstance().getInstanceId(), BatchStatus.STARTED.name(), null);
	}

	@Override
	public void afterJob(JobExecution execution) {
		long runId = execution.getJobInstance().getInstanceId();
		BatchStatus status = execution.getStatus();
		runs.markStatus(runId, status.name(), LocalDateTime.now(clock));
		if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN) {
			String failedStep = execution.getStepExecutions()
				.stream()
				.filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.STOPPED
						|| s.getStatus() == BatchStatus.UNKNOWN)
				.map(s -> s.getStepName())
				.findFirst()
				.orElse("?");
			// the traces for whoever needs them; the sentence below is what the operator reads
			execution.getAllFailureExceptions().forEach(ex -> log.debug("Run {} failure", runId, ex));
			String reasons = execution.getAllFailureExceptions()
				.stream()
				.map(RunStatusListener::reason)
				.distinct()
				.reduce((a, b) -> a + " | " + b)
				.orElse("");
			if (execution.getAllFailureExceptions().stream().anyMatch(InputChangedException::isCauseOf)) {
				log.error("Run {} refused at step {}: {}", runId, failedStep, reasons);
				return;
			}
			if (status == BatchStatus.UNKNOWN) {
				// Spring Batch could not record how a chunk ended (the database connection was lost)
				log.error("Run {} UNKNOWN at step {}: {}. The database connection was lost; once the database is "
						+ "reachable, rerun the same command (same asOfDate and attempt): it resumes at step {}.",
						runId, failedStep, reasons, failedStep);
				return;
			}
			log.error("Run {} {} at step {}: {}. Fix the cause if needed, then rerun the same command "
					+ "(same asOfDate and attempt): it resumes at step {}.", runId, status, failedStep, reasons,
					failedStep);
		}
	}

	/**
	 * The message of the deepest exception of this job's own (it names file, line and column, or the API call);
	 * a library's cause below it says less. Without one, the root cause's message.
	 */
	static String reason(Throwable ex) {
		Throwable root = ex;
		Throwable ours = null;
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			root = t;
			if (t.getClass().getName().startsWith("com.msprecon.") && t.getMessage() != null) {
				ours = t;
			}
		}
		Throwable chosen = ours != null ? ours : root;
		return chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
	}

}
