package com.msprecon.changeorder;

import com.msprecon.run.RunContext;
import com.msprecon.results.ResultReader;
import com.msprecon.run.RunRepository;
import com.msprecon.staging.StagedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the outputs of spec §5 from a run's stored results (never from memory of earlier steps), so the
 * export step, its rerun and the operator's {@code export} command produce the same files. Each file is
 * written whole and moved into place.
 */
public class OutputExporter {

	private static final Logger log = LoggerFactory.getLogger(OutputExporter.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final Path outputDir;

	private final Currency currency;

	public OutputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs, Path outputDir, Currency currency) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.outputDir = outputDir;
		this.currency = currency;
	}

	/** Writes the run's outputs and returns the directory they are in. */
	public Path export(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		Path dir = outputDir.resolve(run.period());
		Path workbook = dir.resolve(workbookName(run.period()));
		AtomicFiles.write(workbook, out -> ChangeOrderWorkbook.write(run, runs.inputs(run.runId()), results, currency, out));
		AtomicFiles.write(dir.resolve("reconciliation-lines.csv"), CsvOutputs.lines(results));
		AtomicFiles.write(dir.resolve("account-matches.csv"), CsvOutputs.accountMatches(results));
		AtomicFiles.write(dir.resolve("account-map.proposed.csv"),
				CsvOutputs.proposedAccountMap(new StagedData(jdbc, run.runId()).accountMap(), results));
		AtomicFiles.write(dir.resolve("usage.csv"), UsageCsv.of(results.usage()));
		log.info("Run {} outputs written to {}", run.runId(), dir.toAbsolutePath());
		log.info("{}", RunSummary.format(run, results.statusTotals(), results.methodCounts()));
		return dir;
	}

	/** The match-only outputs: the matches, the proposed account map and the review list. */
	public Path exportMatches(RunContext run) throws IOException {
		ResultReader results = new ResultReader(jdbc, run.runId());
		Path dir = outputDir.resolve(run.period());
		AtomicFiles.write(dir.resolve("account-review-" + run.period() + ".xlsx"),
				out -> ChangeOrderWorkbook.writeReview(results, currency, out));
		AtomicFiles.write(dir.resolve("account-matches.csv"), CsvOutputs.accountMatches(results));
		AtomicFiles.write(dir.resolve("account-map.proposed.csv"),
				CsvOutputs.proposedAccountMap(new StagedData(jdbc, run.runId()).accountMap(), results));
		log.info("Run {} (match only) outputs written to {}; accounts: {}", run.runId(), dir.toAbsolutePath(),
				results.methodCounts());
		return dir;
	}

	/** Where {@link #export} puts the run's workbook. */
	public Path workbookOf(RunContext run) {
		return outputDir.resolve(run.period()).resolve(workbookName(run.period()));
	}

	public static String workbookName(String period) {
		return "change-orders-" + period + ".xlsx";
	}

}
