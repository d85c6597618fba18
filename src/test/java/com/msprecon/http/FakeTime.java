package com.msprecon.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when told to, and a sleeper that records the wait and moves the clock instead. */
public final class FakeTime extends Clock implements Sleeper {

	private volatile Instant now = Instant.parse("2026-11-01T00:00:00Z");

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	public HttpTime httpTime() {
		return new HttpTime(this, this);
	}

	@Override
	public void sleep(Duration duration) {
		sleeps.add(duration);
		now = now.plus(duration);
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public List<Duration> sleeps() {
		return List.copyOf(sleeps);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
