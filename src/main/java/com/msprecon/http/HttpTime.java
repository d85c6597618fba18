package com.msprecon.http;

import java.time.Clock;

/**
 * The time the HTTP sources see: a clock for token expiry and rate limits, and a sleeper for waits. One bean,
 * replaced in tests by a fake whose sleeps only move its clock forward.
 */
public record HttpTime(Clock clock, Sleeper sleeper) {

	public static HttpTime system() {
		return new HttpTime(Clock.systemUTC(), Sleeper.threadSleep());
	}

}
