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

/** Logs each step's start, every committed chunk's running counts, and the step's end with its duration. */
@Component
public class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	@Override
	public void beforeStep(StepExecution step) {
		log.info("Step {} started (run {})", step.getStepName(), step.getJobExecution().getJobInstance().getInstanceId());
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		var context = StepSynchronizationManager.getContext();
		if (context != null) {
			StepExecution step = context.getStepExecution();
			log.info("Step {}: chunk {} committed, read={} written={} filtered={}", step.getStepName(),
					step.getCommitCount() + 1, step.getReadCount(), step.getWriteCount(), step.getFilterCount());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		long ms = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
		log.info("Step {} {} in {} ms: read={} written={} filtered={} skipped={} commits={} rollbacks={}",
				step.getStepName(), step.getStatus(), ms, step.getReadCount(), step.getWriteCount(),
				step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), step.getRollbackCount());
		return step.getExitStatus();
	}

}
