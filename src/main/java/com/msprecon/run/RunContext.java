package com.msprecon.run;

import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run a step works for: its id (the job instance id, which keys every table of ours), its job and its
 * {@link RunKey}. A step-scoped bean of this type is what steps are given; the operator commands build one from
 * a stored execution.
 *
 * <p>A class, not a record: the step-scoped bean is a class-based proxy.
 */
public class RunContext {

	private final long runId;

	private final String jobName;

	private final RunKey key;

	public RunContext(long runId, String jobName, RunKey key) {
		this.runId = runId;
		this.jobName = jobName;
		this.key = key;
	}

	public static RunContext of(JobExecution execution) {
		return new RunContext(execution.getJobInstance().getInstanceId(), execution.getJobInstance().getJobName(),
				RunKey.from(execution.getJobParameters()));
	}

	public static RunContext of(StepExecution execution) {
		return of(execution.getJobExecution());
	}

	public long runId() {
		return runId;
	}

	public String jobName() {
		return jobName;
	}

	public RunKey key() {
		return key;
	}

	public String period() {
		return key.period();
	}

	public LocalDate asOfDate() {
		return key.asOfDate();
	}

	public long attempt() {
		return key.attempt();
	}

	public String msp() {
		return key.msp();
	}

	@Override
	public String toString() {
		return "run " + runId + " (" + key + ")";
	}

}
