package com.msprecon.output;

import java.io.IOException;

/**
 * Work on a second thread beside the caller's, for outputs that do not depend on each other: the caller does its
 * own part and then waits for this one, so that a step never ends while one of its files is still being written.
 * A failure of either part fails the whole; when both fail, the caller's failure is thrown with the other's
 * attached. Neither part is cancelled when the other fails: each file is written whole or not at all, and the rerun
 * of the failed step writes them all again.
 */
final class SideTask {

	/** A piece of output work. */
	@FunctionalInterface
	interface Work {

		void run() throws IOException;

	}

	private final Thread thread;

	private volatile Throwable failure;

	private SideTask(String name, Work work) {
		this.thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (Throwable ex) {
				failure = ex;
			}
		}, name);
		this.thread.setDaemon(true);
	}

	/** Starts the work on a thread of the given name. */
	static SideTask start(String name, Work work) {
		SideTask task = new SideTask(name, work);
		task.thread.start();
		return task;
	}

	/**
	 * Does the caller's part on this thread, then waits for the side work; throws the caller's failure, else the
	 * side work's.
	 */
	void joinAfter(Work own) throws IOException {
		try {
			own.run();
		}
		catch (IOException | RuntimeException | Error ex) {
			awaitSide();
			if (failure != null) {
				ex.addSuppressed(failure);
			}
			throw ex;
		}
		awaitSide();
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new IOException(failure);
		}
	}

	/**
	 * Waits until the side work has ended. An interrupt is kept for the caller after the files are finished, so
	 * that the step still fails at its next interruptible write (nothing interrupts the export today).
	 */
	private void awaitSide() {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
