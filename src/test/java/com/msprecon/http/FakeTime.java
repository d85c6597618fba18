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

	private volatile Runnable duringSleep = () -> {
	};

	public HttpTime httpTime() {
		return new HttpTime(this, this);
	}

	/** With a stop signal, e.g. one that {@link #duringSleep} sets, as a SIGTERM during a wait would. */
	public HttpTime httpTime(StopSignal stop) {
		return new HttpTime(this, this, stop);
	}

	/** Runs {@code action} in every sleep: what happens while the job waits. */
	public FakeTime duringSleep(Runnable action) {
		this.duringSleep = action;
		return this;
	}

	@Override
	public void sleep(Duration duration) {
		sleeps.add(duration);
		duringSleep.run();
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
