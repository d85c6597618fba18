package com.msprecon.apply;

import com.msprecon.output.OutputFolder;
import com.msprecon.output.OutputSink;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes an apply run's outputs from its ledger and logs its summary (docs/rules.md R12). */
public class AppliedChangesExporter {

	private static final Logger log = LoggerFactory.getLogger(AppliedChangesExporter.class);

	private final ApplyStore store;

	private final OutputSink outputs;

	public AppliedChangesExporter(ApplyStore store, OutputSink outputs) {
		this.store = store;
		this.outputs = outputs;
	}

	/** Writes the apply run's outputs and returns where they are. */
	public String export(ApplyRun run) throws IOException {
		String period = run.key().period();
		OutputFolder folder = folderOf(run);
		outputs.write(folder, AppliedChangesFiles.csvName(period), AppliedChangesFiles.csv(store, run.applyRunId()));
		outputs.write(folder, AppliedChangesFiles.workbookName(period),
				AppliedChangesFiles.workbook(store, run.applyRunId()));
		Map<LedgerState, Long> counts = store.stateCounts(run.applyRunId());
		log.info("Apply run {} ({} of run {}) outputs written to {}; orders per state: {}", run.applyRunId(),
				run.mode(), run.reconRunId(), outputs.where(folder), counts.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(" ")));
		return outputs.where(folder);
	}

	/**
	 * A folder of its own per apply run, inside the folder of the reconciliation run it applies (docs/rules.md §5):
	 * a preview and the apply after it, or two apply runs, never overwrite each other's files.
	 */
	public static OutputFolder folderOf(ApplyRun run) {
		return OutputFolder.of(run.key())
			.within("apply-run-" + run.applyRunId() + "-" + run.mode().name().toLowerCase(java.util.Locale.ROOT));
	}

	/** docs/rules.md R11: FAILED orders fail the run (exit 5), so that its rerun settles them; conflicts do not. */
	public void requireNoneFailed(ApplyRun run) {
		long failed = store.stateCounts(run.applyRunId()).get(LedgerState.FAILED);
		if (failed > 0) {
			throw new IllegalStateException(failed + " order(s) of " + run + " ended FAILED (see the message column "
					+ "of " + AppliedChangesFiles.csvName(run.key().period()) + "); fix the cause and run the same "
					+ "command again: applied orders are not written twice");
		}
	}

}
