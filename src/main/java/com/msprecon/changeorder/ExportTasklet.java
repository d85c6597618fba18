package com.msprecon.changeorder;

import com.msprecon.results.ResultReader;
import com.msprecon.run.RunRepository;
import com.msprecon.staging.StagedData;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the outputs of spec §5 from the stored results (never from memory of earlier steps), so a rerun or a
 * re-export of a completed run produces the same files. Each file is written whole and moved into place.
 */
public class ExportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

	private final RunInfo run;

	private final RunRepository runs;

	private final ResultReader results;

	private final StagedData staged;

	private final Path outputDir;

	public ExportTasklet(RunInfo run, RunRepository runs, ResultReader results, StagedData staged, Path outputDir) {
		this.run = run;
		this.runs = runs;
		this.results = results;
		this.staged = staged;
		this.outputDir = outputDir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		Path dir = outputDir.resolve(run.period());
		Path workbook = workbook(outputDir, run.period());
		AtomicFiles.write(workbook, out -> ChangeOrderWorkbook.write(run, runs.inputs(run.runId()), results, out));
		AtomicFiles.write(dir.resolve("reconciliation-lines.csv"), CsvOutputs.lines(results));
		AtomicFiles.write(dir.resolve("account-matches.csv"), CsvOutputs.accountMatches(results));
		AtomicFiles.write(dir.resolve("account-map.proposed.csv"),
				CsvOutputs.proposedAccountMap(staged.accountMap(), results));
		log.info("Run {} outputs written to {}", run.runId(), dir.toAbsolutePath());
		log.info("{}", RunSummary.format(run, results.statusTotals(), results.methodCounts()));
		return RepeatStatus.FINISHED;
	}

	/** Where the workbook of a period is written; delivery attaches exactly this file. */
	public static Path workbook(Path outputDir, String period) {
		return outputDir.resolve(period).resolve("change-orders-" + period + ".xlsx");
	}

}
