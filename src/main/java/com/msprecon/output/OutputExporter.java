package com.msprecon.output;

import com.msprecon.history.HistoryReader;
import com.msprecon.run.RunContext;
import com.msprecon.mapping.MappingStore;
import com.msprecon.results.ResultReader;
import com.msprecon.run.RunRepository;
import com.msprecon.staging.StagedData;
import com.msprecon.usage.UsageTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the outputs of docs/rules.md §5 from a run's stored results (never from memory of earlier steps), so the
 * export step, its rerun and the operator's {@code export} command produce the same files, in the run's own folder
 * of the {@link OutputSink}. Each file is written whole; the CSV files are written on a second thread while the
 * workbook is ({@link SideTask}), and the step ends only when both are done.
 */
public class OutputExporter {

	private static final Logger log = LoggerFactory.getLogger(OutputExporter.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final OutputSink sink;

	/** The currency of an MSP's prices (docs/rules.md §4.4), by its identifier. */
	private final Function<String, Currency> currencies;

	private final String vendorName;

	private final EarlierApplications earlierApplications;

	public OutputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs, Path outputDir, Currency currency,
			String vendorName) {
		this(jdbc, runs, new FolderOutputSink(outputDir), msp -> currency, vendorName, EarlierApplications.NONE);
	}

	/** @param earlierApplications the orders an earlier apply run has carried out already (docs/rules.md R12) */
	public OutputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs, OutputSink sink,
			Function<String, Currency> currencies, String vendorName, EarlierApplications earlierApplications) {
		this.earlierApplications = earlierApplications;
		this.jdbc = jdbc;
		this.runs = runs;
		this.sink = sink;
		this.currencies = currencies;
		this.vendorName = vendorName;
	}

	/** Writes the run's outputs and returns where they are. */
	public String export(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		OutputFolder folder = OutputFolder.of(run.key());
		HistoryReader history = new HistoryReader(jdbc, run.runId());
		// R9: the previous run's headline figures, from its own stored results
		Optional<Headlines> previous = history.previousRun()
			.map(p -> Headlines.of(new ResultReader(jdbc, p.runId()), new StagedData(jdbc, p.runId())));
		// the CSV files are written beside the workbook: each waits on the database about as long as it computes, so
		// together they keep two cores busy (issue 16). The side thread reads outside the step's transaction, a
		// pooled connection per statement (one more from the pool while the export runs), and sees no step scope,
		// so it is given the run's identifier, not the scoped run
		long runId = run.runId();
		SideTask csvFiles = SideTask.start("export-csv-" + runId, () -> {
			sink.write(folder, "reconciliation-lines.csv", CsvOutputs.lines(results, history));
			sink.write(folder, "account-matches.csv", CsvOutputs.accountMatches(results));
			sink.write(folder, "account-map.proposed.csv",
					CsvOutputs.proposedAccountMap(new MappingStore(jdbc, runId).accountMap(), results));
			sink.write(folder, "usage.csv", UsageCsv.of(new UsageTables(jdbc, runId)));
		});
		csvFiles.joinAfter(() -> sink.write(folder, workbookName(run.period()),
				out -> ChangeOrderWorkbook.write(run, runs.startedAt(run.runId()), runs.inputs(run.runId()), results,
						new StagedData(jdbc, run.runId()), new UsageTables(jdbc, run.runId()), history, previous,
						earlierApplications.of(run.runId()), currencies.apply(run.msp()), vendorName, out)));
		sink.markLatest(run.key(), run.runId());
		log.info("Run {} outputs written to {} (the latest of {} is named in {})", run.runId(), sink.where(folder),
				run.period(), sink.whereLatest(run.key()));
		return sink.where(folder);
	}

	/** The match-only outputs: the matches, the proposed account map and the review list. */
	public String exportMatches(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		OutputFolder folder = OutputFolder.matchOnly(run.key());
		sink.write(folder, "account-review-" + run.period() + ".xlsx", out -> ChangeOrderWorkbook.writeReview(results,
				new StagedData(jdbc, run.runId()), currencies.apply(run.msp()), out));
		sink.write(folder, "account-matches.csv", CsvOutputs.accountMatches(results));
		sink.write(folder, "account-map.proposed.csv",
				CsvOutputs.proposedAccountMap(new MappingStore(jdbc, run.runId()).accountMap(), results));
		log.info("Run {} (match only) outputs written to {}", run.runId(), sink.where(folder));
		return sink.where(folder);
	}

	/**
	 * What the console shows last after a completed reconciliation: the summary, the headline figures with the
	 * currency, and the folder of the outputs.
	 */
	public String report(RunContext run) {
		ResultReader results = new ResultReader(jdbc, run.runId());
		return RunSummary.closing(run, results.statusTotals(), results.methodCounts(),
				Headlines.of(results, new StagedData(jdbc, run.runId())), currencies.apply(run.msp()), vendorName,
				sink.where(OutputFolder.of(run.key())));
	}

	/** The same after a match-only run: how the accounts were resolved, and where the outputs are. */
	public String reportMatches(RunContext run) {
		ResultReader results = new ResultReader(jdbc, run.runId());
		return "Match only " + run.period() + " (as of " + run.asOfDate() + ", run " + run.runId() + ", attempt "
				+ run.attempt() + "): accounts " + results.methodCounts() + "\nOutputs: "
				+ sink.where(OutputFolder.matchOnly(run.key()));
	}

	/** The vendor whose Sync-Up the workbook holds, as its source names it. */
	public String vendorName() {
		return vendorName;
	}

	public static String workbookName(String period) {
		return "change-orders-" + period + ".xlsx";
	}

}
