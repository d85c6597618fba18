package com.msprecon.run;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background beat of a held lease (a heartbeat, or the check that the lock's connection lives): one daemon
 * thread, so that a lease never keeps a finished process alive.
 */
final class LeaseTimer {

	private LeaseTimer() {
	}

	/** Runs {@code task} every {@code every}, the first time after one period, on a daemon thread of that name. */
	static ScheduledExecutorService every(String threadName, Duration every, Runnable task) {
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, threadName);
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(task, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		return timer;
	}

}
