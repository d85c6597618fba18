package com.msprecon.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Logs each step's start, every committed chunk's running counts, and the step's end with its duration. */
@Component
public class ProgressListener implements StepObserver, StepExecutionListener, ChunkListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	@Override
	public void beforeStep(StepExecution step) {
		log.info("Step {} started (run {})", step.getStepName(), step.getJobExecution().getJobInstance().getInstanceId());
	}

	/**
	 * Batch 6 calls this inside the chunk's transaction, before it adds the chunk's counts to the step execution;
	 * the line is therefore logged once the transaction has committed, when the counts include this chunk.
	 */
	@Override
	public void afterChunk(Chunk<Object> chunk) {
		var context = StepSynchronizationManager.getContext();
		if (context == null) {
			return;
		}
		StepExecution step = context.getStepExecution();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					logChunk(step);
				}
			});
		}
		else {
			logChunk(step);
		}
	}

	private static void logChunk(StepExecution step) {
		log.info("Step {}: chunk {} committed, read={} written={} filtered={} skipped={}", step.getStepName(),
				step.getCommitCount(), step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
				step.getSkipCount());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		long ms = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
		// the same figures as key-value pairs, so that structured (JSON) logs carry them as fields
		log.atInfo()
			.addKeyValue("recon.step", step.getStepName())
			.addKeyValue("recon.status", step.getStatus().name())
			.addKeyValue("recon.duration_ms", ms)
			.addKeyValue("recon.read", step.getReadCount())
			.addKeyValue("recon.written", step.getWriteCount())
			.addKeyValue("recon.filtered", step.getFilterCount())
			.addKeyValue("recon.skipped", step.getSkipCount())
			.addKeyValue("recon.commits", step.getCommitCount())
			.addKeyValue("recon.rollbacks", step.getRollbackCount())
			.log("Step {} {} in {} ms: read={} written={} filtered={} skipped={} commits={} rollbacks={}",
					step.getStepName(), step.getStatus(), ms, step.getReadCount(), step.getWriteCount(),
					step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), step.getRollbackCount());
		return step.getExitStatus();
	}

}
