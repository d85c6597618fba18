package com.msprecon.http;

import java.time.Duration;
import java.time.Instant;

/**
 * Client-side pace: at most {@code requestsPerSecond} requests, evenly spaced, so that one run does not use up
 * the API quota that the MSP's other integrations share.
 */
public final class RateLimiter {

	private final Duration interval;

	private final HttpTime time;

	private Instant next;

	public RateLimiter(double requestsPerSecond, HttpTime time) {
		this.interval = requestsPerSecond > 0 ? Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond))
				: Duration.ZERO;
		this.time = time;
	}

	/** Waits until the next request may go. */
	public synchronized void acquire() throws InterruptedException {
		if (interval.isZero()) {
			return;
		}
		Instant now = time.clock().instant();
		if (next != null && now.isBefore(next)) {
			time.sleeper().sleep(Duration.between(now, next));
			now = next;
		}
		next = now.plus(interval);
	}

}
