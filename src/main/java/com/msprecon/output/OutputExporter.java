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
 * ({@link OutputLayout}). Each file is written whole and moved into place.
 */
public class OutputExporter {

	private static final Logger log = LoggerFactory.getLogger(OutputExporter.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final OutputLayout layout;

	/** The currency of an MSP's prices (docs/rules.md §4.4), by its identifier. */
	private final Function<String, Currency> currencies;

	private final String vendorName;

	private final EarlierApplications earlierApplications;

	public OutputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs, Path outputDir, Currency currency,
			String vendorName) {
		this(jdbc, runs, outputDir, msp -> currency, vendorName, EarlierApplications.NONE);
	}

	/** @param earlierApplications the orders an earlier apply run has carried out already (docs/rules.md R12) */
	public OutputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs, Path outputDir,
			Function<String, Currency> currencies, String vendorName, EarlierApplications earlierApplications) {
		this.earlierApplications = earlierApplications;
		this.jdbc = jdbc;
		this.runs = runs;
		this.layout = new OutputLayout(outputDir);
		this.currencies = currencies;
		this.vendorName = vendorName;
	}

	/** Writes the run's outputs and returns the directory they are in. */
	public Path export(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		Path dir = layout.runDir(run.key(), false);
		Path workbook = dir.resolve(workbookName(run.period()));
		HistoryReader history = new HistoryReader(jdbc, run.runId());
		// R9: the previous run's headline figures, from its own stored results
		Optional<Headlines> previous = history.previousRun()
			.map(p -> Headlines.of(new ResultReader(jdbc, p.runId()), new StagedData(jdbc, p.runId())));
		AtomicFiles.write(workbook, out -> ChangeOrderWorkbook.write(run, runs.startedAt(run.runId()),
				runs.inputs(run.runId()), results, new StagedData(jdbc, run.runId()), new UsageTables(jdbc, run.runId()),
				history, previous, earlierApplications.of(run.runId()), currencies.apply(run.msp()), vendorName, out));
		AtomicFiles.write(dir.resolve("reconciliation-lines.csv"), CsvOutputs.lines(results, history));
		AtomicFiles.write(dir.resolve("account-matches.csv"), CsvOutputs.accountMatches(results));
		AtomicFiles.write(dir.resolve("account-map.proposed.csv"),
				CsvOutputs.proposedAccountMap(new MappingStore(jdbc, run.runId()).accountMap(), results));
		AtomicFiles.write(dir.resolve("usage.csv"), UsageCsv.of(new UsageTables(jdbc, run.runId())));
		layout.markLatest(run.key(), run.runId());
		log.info("Run {} outputs written to {} (the latest of {} is named in {})", run.runId(), dir.toAbsolutePath(),
				run.period(), dir.resolveSibling(OutputLayout.LATEST).toAbsolutePath());
		return dir;
	}

	/** The match-only outputs: the matches, the proposed account map and the review list. */
	public Path exportMatches(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		Path dir = layout.runDir(run.key(), true);
		AtomicFiles.write(dir.resolve("account-review-" + run.period() + ".xlsx"),
				out -> ChangeOrderWorkbook.writeReview(results, new StagedData(jdbc, run.runId()), currencies.apply(run.msp()), out));
		AtomicFiles.write(dir.resolve("account-matches.csv"), CsvOutputs.accountMatches(results));
		AtomicFiles.write(dir.resolve("account-map.proposed.csv"),
				CsvOutputs.proposedAccountMap(new MappingStore(jdbc, run.runId()).accountMap(), results));
		log.info("Run {} (match only) outputs written to {}", run.runId(), dir.toAbsolutePath());
		return dir;
	}

	/**
	 * What the console shows last after a completed reconciliation: the summary, the headline figures with the
	 * currency, and the folder of the outputs.
	 */
	public String report(RunContext run) {
		ResultReader results = new ResultReader(jdbc, run.runId());
		return RunSummary.closing(run, results.statusTotals(), results.methodCounts(), Headlines.of(results, new StagedData(jdbc, run.runId())), currencies.apply(run.msp()),
				vendorName, layout.runDir(run.key(), false));
	}

	/** The same after a match-only run: how the accounts were resolved, and where the outputs are. */
	public String reportMatches(RunContext run) {
		ResultReader results = new ResultReader(jdbc, run.runId());
		return "Match only " + run.period() + " (as of " + run.asOfDate() + ", run " + run.runId() + ", attempt "
				+ run.attempt() + "): accounts " + results.methodCounts() + "\nOutputs: "
				+ layout.runDir(run.key(), true).toAbsolutePath();
	}

	/** The vendor whose Sync-Up the workbook holds, as its source names it. */
	public String vendorName() {
		return vendorName;
	}

	/** Where {@link #export} puts the run's workbook. */
	public Path workbookOf(RunContext run) {
		return layout.runDir(run.key(), false).resolve(workbookName(run.period()));
	}

	public static String workbookName(String period) {
		return "change-orders-" + period + ".xlsx";
	}

}
