package com.msprecon.apply;

import com.msprecon.output.AtomicFiles;
import java.io.IOException;
import com.msprecon.output.OutputLayout;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes an apply run's outputs from its ledger and logs its summary (docs/rules.md R12). */
public class AppliedChangesExporter {

	private static final Logger log = LoggerFactory.getLogger(AppliedChangesExporter.class);

	private final ApplyStore store;

	private final OutputLayout layout;

	public AppliedChangesExporter(ApplyStore store, Path outputDir) {
		this.store = store;
		this.layout = new OutputLayout(outputDir);
	}

	public Path export(ApplyRun run) throws IOException {
		String period = run.key().period();
		Path dir = dirOf(run);
		AtomicFiles.write(dir.resolve(AppliedChangesFiles.csvName(period)),
				AppliedChangesFiles.csv(store, run.applyRunId()));
		AtomicFiles.write(dir.resolve(AppliedChangesFiles.workbookName(period)),
				AppliedChangesFiles.workbook(store, run.applyRunId()));
		Map<LedgerState, Long> counts = store.stateCounts(run.applyRunId());
		log.info("Apply run {} ({} of run {}) outputs written to {}; orders per state: {}", run.applyRunId(),
				run.mode(), run.reconRunId(), dir.toAbsolutePath(), counts.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(" ")));
		return dir;
	}

	/**
	 * A folder of its own per apply run, inside the folder of the reconciliation run it applies (docs/rules.md §5):
	 * a preview and the apply after it, or two apply runs, never overwrite each other's files.
	 */
	public Path dirOf(ApplyRun run) {
		return layout.runDir(run.key(), false)
			.resolve("apply-run-" + run.applyRunId() + "-" + run.mode().name().toLowerCase(java.util.Locale.ROOT));
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
