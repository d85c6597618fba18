package com.msprecon.job;

import org.springframework.batch.core.BatchStatus;

/**
 * Process exit codes, for the CronJob's pod failure policy and for operators.
 * <ul>
 * <li>0: the run (or command) completed</li>
 * <li>1: launch refused: bad parameters, run already completed, already running; retrying cannot help</li>
 * <li>4: the run was stopped (SIGTERM); rerun the same command to resume</li>
 * <li>5: the run failed; rerun the same command to resume at the failed step</li>
 * </ul>
 */
public final class ExitCodes {

	public static final int SUCCESS = 0;

	public static final int REFUSED = 1;

	public static final int STOPPED = 4;

	public static final int FAILED = 5;

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
