package com.msprecon.output;

import com.msprecon.run.RunContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The job's last step: the outputs of the run, from its stored results. */
public class ExportTasklet implements Tasklet {

	private final OutputExporter exporter;

	private final RunContext run;

	public ExportTasklet(OutputExporter exporter, RunContext run) {
		this.exporter = exporter;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		exporter.export(run);
		return RepeatStatus.FINISHED;
	}

}
