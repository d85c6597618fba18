package com.msprecon.job;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Test-only switch that fails a chunk step once, mid-way, to prove restarts: armed by
 * {@code recon.test.fail-at=<stepName>:<items>}, it throws before the first chunk written after {@code items}
 * items of that step. Off unless armed; it fires once, so the rerun in the same process runs through.
 */
@Component
public class FaultInjector implements ItemWriteListener<Object>, StepExecutionListener {

	private volatile String step;

	private volatile long afterItems;

	private StepExecution current;

	public FaultInjector(@Value("${recon.test.fail-at:}") String failAt) {
		if (!failAt.isBlank()) {
			String[] parts = failAt.split(":");
			arm(parts[0], Long.parseLong(parts[1]));
		}
	}

	public void arm(String stepName, long items) {
		this.step = stepName;
		this.afterItems = items;
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
		if (step != null && current != null && step.equals(current.getStepName())
				&& current.getWriteCount() >= afterItems) {
			disarm();
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
