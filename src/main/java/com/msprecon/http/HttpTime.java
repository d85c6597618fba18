package com.msprecon.http;

import java.time.Clock;

/**
 * The time the HTTP sources see: a clock for token expiry and rate limits, a sleeper for waits, and the signal
 * that the run is being stopped, after which they neither wait nor send. One bean, replaced in tests by a fake
 * whose sleeps only move its clock forward.
 */
public record HttpTime(Clock clock, Sleeper sleeper, StopSignal stop) {

	/** Time whose waits nobody stops (tests, and contexts without {@link HttpTimeConfiguration}). */
	public HttpTime(Clock clock, Sleeper sleeper) {
		this(clock, sleeper, new StopSignal());
	}

	public static HttpTime system() {
		return system(new StopSignal());
	}

	/** The system clock, and waits that end as soon as {@code stop} is set. */
	public static HttpTime system(StopSignal stop) {
		return new HttpTime(Clock.systemUTC(), stop.sleeper(), stop);
	}

}
