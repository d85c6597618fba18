package com.msprecon.apply;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers the apply run and stores its decisions, read again from the approvals file: a file that changed since
 * the launch (its SHA-256 is the run's identity) fails the run before anything is written (docs/rules.md R10).
 */
public class StartApplyTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(StartApplyTasklet.class);

	private final ApplyRun run;

	private final ApplyLaunch launch;

	private final ApplyStore store;

	private final Clock clock;

	public StartApplyTasklet(ApplyRun run, ApplyLaunch launch, ApplyStore store, Clock clock) {
		this.run = run;
		this.launch = launch;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		String now = ApplyLaunch.sha256(run.approvalsFile());
		if (!now.equals(run.approvalsSha256())) {
			throw new ApprovalFileException(run.approvalsFile() + ": changed since the launch (sha256 was "
					+ run.approvalsSha256() + ", is " + now + "); nothing was written. Launch the apply again");
		}
		List<Approval> approvals = launch.approvals(run.reconRunId(), run.approvalsFile());
		store.register(run.applyRunId(), run.reconRunId(), run.mode(), run.approvalsFile().toString(),
				run.approvalsSha256(), LocalDateTime.now(clock));
		store.replaceDecisions(run.applyRunId(), approvals);
		log.info("{}: {} decisions from {} (sha256 {})", run, approvals.size(), run.approvalsFile(),
				run.approvalsSha256());
		return RepeatStatus.FINISHED;
	}

}
