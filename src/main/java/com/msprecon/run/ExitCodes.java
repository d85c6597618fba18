package com.msprecon.run;

import org.springframework.batch.core.BatchStatus;

/**
 * Process exit codes, for the CronJob's pod failure policy and for operators.
 * <ul>
 * <li>0: the run (or command) completed</li>
 * <li>1: launch refused: bad parameters, run already completed, already running; retrying cannot help</li>
 * <li>4: the run ended STOPPED; rerun the same command to resume</li>
 * <li>5: the run failed; rerun the same command to resume at the failed step</li>
 * <li>143: the process got SIGTERM: the job stopped at the end of its current chunk (the run is STOPPED), then
 * the JVM ended by the signal (128 + 15); rerun the same command to resume</li>
 * </ul>
 */
public final class ExitCodes {

	public static final int SUCCESS = 0;

	public static final int REFUSED = 1;

	public static final int STOPPED = 4;

	public static final int FAILED = 5;

	/** Not set by the job: the JVM's own status after SIGTERM, once {@link GracefulStop} has stopped the run. */
	public static final int TERMINATED = 143;

	private ExitCodes() {
	}

	public static int of(BatchStatus status) {
		return switch (status) {
			case COMPLETED -> SUCCESS;
			case STOPPED, STOPPING -> STOPPED;
			default -> FAILED;
		};
	}

}
