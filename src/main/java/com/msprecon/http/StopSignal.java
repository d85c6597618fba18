package com.msprecon.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Set once, when the run is being stopped (SIGTERM, see {@code GracefulStop}). From then on the API sources wait
 * no more and send no further request: a retry wait can last up to {@code max-backoff} (2 min by default, longer
 * than {@code recon.shutdown-timeout} and the pod's grace period), and a job still asleep in it when the grace
 * period ends is SIGKILLed and left STARTED. One per process, which runs one launch.
 */
public final class StopSignal {

	private final CountDownLatch stopped = new CountDownLatch(1);

	public void stop() {
		stopped.countDown();
	}

	public boolean isStopped() {
		return stopped.getCount() == 0;
	}

	/** A sleeper whose wait ends as soon as the signal is set; once it is, every wait returns at once. */
	public Sleeper sleeper() {
		return duration -> {
			if (!duration.isNegative() && !duration.isZero()) {
				stopped.await(duration.toNanos(), TimeUnit.NANOSECONDS);
			}
		};
	}

	/** Throws {@link StopRequestedException} when the signal is set, saying what was not done. */
	void check(String notDone) {
		if (isStopped()) {
			throw new StopRequestedException(notDone + ": the run is being stopped (SIGTERM); rerun the same command "
					+ "to resume it");
		}
	}

}
