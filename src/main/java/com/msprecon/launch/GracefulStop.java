package com.msprecon.launch;

import com.msprecon.http.StopSignal;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM (pod deleted or evicted, node drained) stops the running job at the end of its current chunk,
 * so that it ends STOPPED and the rerun resumes it, instead of being killed half-way. The shutdown hook waits
 * until the launch has returned, i.e. until the STOPPED status is stored, bounded by
 * {@code recon.shutdown-timeout} (keep the pod's terminationGracePeriodSeconds above it).
 *
 * <p>
 * A chunk boundary may be far off when an API source is waiting to retry (a 429 can ask for minutes), so the
 * hook also sets the {@link StopSignal}: the wait ends at once, the API call is given up and its step ends
 * STOPPED, its chunk rolled back.
 */
@Component
public class GracefulStop implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final JobOperator jobOperator;

	private final Duration timeout;

	private final StopSignal apiStop;

	private volatile JobExecution running;

	/** Set by SIGTERM: an all-msps launch starts no further MSP. */
	private volatile boolean stopRequested;

	public GracefulStop(JobOperator jobOperator, StopSignal apiStop,
			@Value("${recon.shutdown-timeout:90s}") Duration timeout) {
		this.jobOperator = jobOperator;
		this.apiStop = apiStop;
		this.timeout = timeout;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		running = execution;
	}

	/** Runs one launch with the hook in place. */
	public JobExecution guard(Callable<JobExecution> launch) throws Exception {
		CountDownLatch launched = new CountDownLatch(1);
		Thread hook = new Thread(() -> stopAndWait(launched), "recon-graceful-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return launch.call();
		}
		finally {
			launched.countDown();
			running = null;
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is running: it sees the latch and returns
			}
		}
	}

	/** Whether the process has been asked to stop (SIGTERM) while a run was being launched. */
	public boolean stopRequested() {
		return stopRequested;
	}

	private void stopAndWait(CountDownLatch launched) {
		stopRequested = true;
		JobExecution execution = running;
		if (execution == null || !execution.isRunning()) {
			return;
		}
		log.warn("Shutdown requested: stopping run {} at the end of the current chunk; rerun the same command to "
				+ "resume it", execution.getJobInstance().getInstanceId());
		try {
			try {
				jobOperator.stop(execution);
			}
			finally {
				// after the stop request: a run its API step has already ended would make that request fail
				apiStop.stop();
			}
			if (!launched.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				log.error("Run {} did not stop within {}; if it is left STARTED, use the recover command",
						execution.getJobInstance().getInstanceId(), timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.error("Could not stop run {}: {}", execution.getJobInstance().getInstanceId(), ex.getMessage());
		}
	}

}
