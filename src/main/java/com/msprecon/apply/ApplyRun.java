package com.msprecon.apply;

import com.msprecon.run.RunKey;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The apply run a step works for: its own id (the apply job's instance id), the reconciliation run whose orders it
 * applies, its mode and its approvals file with the SHA-256 it had at the launch. A class, not a record: the
 * step-scoped bean is a class-based proxy.
 */
public class ApplyRun {

	private final long applyRunId;

	private final long reconRunId;

	private final RunKey key;

	private final ApplyMode mode;

	private final Path approvalsFile;

	private final String approvalsSha256;

	public ApplyRun(long applyRunId, long reconRunId, RunKey key, ApplyMode mode, Path approvalsFile,
			String approvalsSha256) {
		this.applyRunId = applyRunId;
		this.reconRunId = reconRunId;
		this.key = key;
		this.mode = mode;
		this.approvalsFile = approvalsFile;
		this.approvalsSha256 = approvalsSha256;
	}

	public static ApplyRun of(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		return new ApplyRun(execution.getJobInstance().getInstanceId(), parameters.getLong(ApplyLaunch.RECON_RUN),
				RunKey.from(parameters), ApplyMode.valueOf(parameters.getString(ApplyLaunch.MODE)),
				Path.of(parameters.getString(ApplyLaunch.APPROVALS_FILE)), parameters.getString(ApplyLaunch.APPROVALS));
	}

	public static ApplyRun of(StepExecution execution) {
		return of(execution.getJobExecution());
	}

	public long applyRunId() {
		return applyRunId;
	}

	public long reconRunId() {
		return reconRunId;
	}

	public RunKey key() {
		return key;
	}

	public ApplyMode mode() {
		return mode;
	}

	public Path approvalsFile() {
		return approvalsFile;
	}

	public String approvalsSha256() {
		return approvalsSha256;
	}

	@Override
	public String toString() {
		return "apply run " + applyRunId + " (" + mode + " of run " + reconRunId + ", " + key + ")";
	}

}
