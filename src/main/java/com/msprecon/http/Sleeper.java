package com.msprecon.http;

import java.time.Duration;

/**
 * Waits for a while. An interface so that tests can record waits instead of really waiting; the application's
 * waits are {@link StopSignal#sleeper()}, which a stop ends early.
 */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

}
