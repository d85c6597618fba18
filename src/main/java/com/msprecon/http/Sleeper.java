package com.msprecon.http;

import java.time.Duration;

/** Waits for a while. An interface so that tests can record waits instead of really waiting. */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

	static Sleeper threadSleep() {
		return duration -> {
			if (!duration.isNegative() && !duration.isZero()) {
				Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
			}
		};
	}

}
