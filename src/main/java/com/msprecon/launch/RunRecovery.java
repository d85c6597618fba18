package com.msprecon.launch;

import com.msprecon.run.RunLeases;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Brings a run that no process works on any more back to FAILED, from which the run command resumes it
 * (docs/rules.md §1): what a killed process leaves ({@code STARTING}, {@code STARTED}, {@code STOPPING}) and what a
 * lost database connection leaves ({@code UNKNOWN}: Spring Batch could not record how a chunk ended). Spring
 * Batch's own {@code JobOperator.recover} leaves UNKNOWN alone; here it is safe to resume: a chunk's rows and its
 * step's restart state are committed in one transaction, so the stored state is whatever was committed, and
 * every writer of ours writes a chunk again without duplicates. Refuses while a live process holds the run's
 * lease ({@link RunLeases}).
 */
class RunRecovery {

	/** The statuses a run is left in when its process died or lost its database. */
	static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING,
			BatchStatus.UNKNOWN);

	private final JobRepository jobRepository;

	private final RunLeases leases;

	RunRecovery(JobRepository jobRepository, RunLeases leases) {
		this.jobRepository = jobRepository;
		this.leases = leases;
	}

	static boolean isUnfinished(JobExecution execution) {
		return UNFINISHED.contains(execution.getStatus());
	}

	/** The live process working on the run, described for the operator, or empty when none does. */
	Optional<String> liveHolder(JobExecution execution) {
		return leases.holder(execution.getJobInstance().getInstanceId());
	}

	/**
	 * Marks the unfinished execution and its unfinished steps FAILED. The caller has made sure that no live
	 * process holds the run ({@link #liveHolder}).
	 */
	void markFailed(JobExecution execution, String why) {
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (UNFINISHED.contains(step.getStatus())) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
				step.setEndTime(now);
				jobRepository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		execution.setEndTime(now);
		jobRepository.update(execution);
	}

}
