package com.msprecon.run;

import com.msprecon.input.CsvFile;
import com.msprecon.input.SourceInput;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers the run and records its inputs, before any is staged, with their SHA-256 and whether a file holds
 * only its header (flagged as empty, §3).
 */
public class StartRunTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(StartRunTasklet.class);

	private final RunRepository runs;

	private final RunContext run;

	private final List<SourceInput> inputs;

	private final Clock clock;

	/** @param inputs the inputs to hash: a file that does not exist fails the run with its name */
	public StartRunTasklet(RunRepository runs, RunContext run, List<SourceInput> inputs, Clock clock) {
		this.runs = runs;
		this.run = run;
		this.inputs = inputs;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = run.runId();
		runs.register(run, LocalDateTime.now(clock));
		List<RunInput> recorded = inputs.stream()
			.map(in -> new RunInput(in.name(), in.description(), in.file() == null ? null : FileHashes.sha256(in.file()),
					null, null, null, in.file() != null && CsvFile.holdsOnlyAHeader(in.file())))
			.toList();
		runs.replaceInputs(runId, recorded);
		recorded.forEach(in -> {
			log.info("Run {} input {} sha256={} ({})", runId, in.name(), in.sha256(), in.description());
			if (in.emptyFile()) {
				log.atWarn().addKeyValue("recon.input", in.name()).log("Run {}: {}", runId, in.emptyWarning());
			}
		});
		return RepeatStatus.FINISHED;
	}

}
