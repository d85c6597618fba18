package com.msprecon.job;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Test-only switches to prove restarts, off unless set. {@code recon.test.fail-at=<stepName>:<items>} throws
 * once, before the first chunk written after {@code items} items of that step (the rerun in the same process
 * runs through); {@code recon.test.hang-at=<stepName>:<items>} makes it wait there instead, for ten minutes.
 * {@code recon.test.slow-down=<stepName>:<millis>} makes every chunk of that step take that much
 * longer, so that the crash tests can kill the process in the middle of it.
 */
@Component
public class FaultInjector implements StepObserver, ItemWriteListener<Object>, StepExecutionListener {

	private volatile String step;

	private volatile long afterItems;

	private volatile Runnable action;

	private StepExecution current;

	private final String slowStep;

	private final long slowMillis;

	public FaultInjector(@Value("${recon.test.fail-at:}") String failAt,
			@Value("${recon.test.slow-down:}") String slowDown, @Value("${recon.test.hang-at:}") String hangAt) {
		if (!failAt.isBlank()) {
			String[] parts = failAt.split(":");
			arm(parts[0], Long.parseLong(parts[1]));
		}
		if (!hangAt.isBlank()) {
			String[] parts = hangAt.split(":");
			// a process that lives on, working on its run, until it is killed
			arm(parts[0], Long.parseLong(parts[1]), () -> LockSupport.parkNanos(TimeUnit.MINUTES.toNanos(10)));
		}
		String[] slow = slowDown.isBlank() ? new String[] { "", "0" } : slowDown.split(":");
		this.slowStep = slow[0];
		this.slowMillis = Long.parseLong(slow[1]);
	}

	public void arm(String stepName, long items) {
		arm(stepName, items, null);
	}

	/**
	 * Runs {@code action} once, in the chunk's transaction, before the first chunk written after {@code items}
	 * items of that step, instead of throwing (e.g. to cut the job's database connections).
	 */
	public void arm(String stepName, long items, Runnable action) {
		this.action = action;
		this.afterItems = items;
		this.step = stepName;
	}

	public void disarm() {
		this.step = null;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		current = stepExecution;
	}

	@Override
	public void beforeWrite(Chunk<?> items) {
		if (slowMillis > 0 && current != null && slowStep.equals(current.getStepName())) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(slowMillis));
		}
		if (step != null && current != null && step.equals(current.getStepName())
				&& current.getWriteCount() >= afterItems) {
			disarm();
			Runnable instead = action;
			if (instead != null) {
				instead.run();
				return;
			}
			throw new InjectedFailure("injected failure in " + current.getStepName() + " after "
					+ current.getWriteCount() + " items (recon.test.fail-at)");
		}
	}

	/** The failure the switch throws. */
	public static class InjectedFailure extends RuntimeException {

		InjectedFailure(String message) {
			super(message);
		}

	}

}
