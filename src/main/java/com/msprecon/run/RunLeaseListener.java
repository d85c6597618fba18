package com.msprecon.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Holds the run's lease ({@link RunLeases}) from the start of each execution to its end, in whichever way the
 * job is started. Every job declares it, as it declares its {@code GracefulStop}.
 */
public class RunLeaseListener implements JobExecutionListener {

	private final RunLeases leases;

	private final Map<Long, RunLeases.Lease> held = new ConcurrentHashMap<>();

	public RunLeaseListener(RunLeases leases) {
		this.leases = leases;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		long runId = execution.getJobInstance().getInstanceId();
		RunLeases.Lease lease = leases.acquire(runId)
			.orElseThrow(() -> new IllegalStateException("run " + runId + " is being worked on by "
					+ leases.holder(runId).orElse("another process") + "; it is not started twice"));
		held.put(execution.getId(), lease);
	}

	@Override
	public void afterJob(JobExecution execution) {
		RunLeases.Lease lease = held.remove(execution.getId());
		if (lease != null) {
			lease.close();
		}
	}

}
