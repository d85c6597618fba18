package com.msprecon.output;

import com.msprecon.history.HistoryReader;
import com.msprecon.mapping.AccountMapEntry;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV outputs of docs/rules.md §5 and {@code account-map.proposed.csv}. In the files for people, text that a spreadsheet
 * could evaluate gets a leading apostrophe; numbers are plain ({@code 12}, {@code 2.5}). The proposed account map
 * is written exactly as read, without apostrophes: the job reads it back as next month's account map, and a value
 * must not change on the way.
 */
public final class CsvOutputs {

	static final String[] PROPOSED_MAP_HEADER = { "vendor_account_code", "psa_company_id", "note", "proposed" };

	private CsvOutputs() {
	}

	/** {@code reconciliation-lines.csv}, with R9's class and months open of each line from {@code history}. */
	public static AtomicFiles.Content lines(ResultReader results, HistoryReader history) {
		return table(AllLinesSheet.csvColumns(history.byCurrentLineKey()), results::lines);
	}

	public static AtomicFiles.Content accountMatches(ResultReader results) {
		return table(AccountColumns.CSV_COLUMNS, results::resolutions);
	}

	/**
	 * The current account map plus this run's automatic matches, marked {@code AUTO} in column {@code proposed}:
	 * once finance has checked them, the file becomes next month's account map (mapped accounts are never
	 * matched again).
	 */
	public static AtomicFiles.Content proposedAccountMap(List<AccountMapEntry> current, ResultReader results) {
		return out -> print(out, PROPOSED_MAP_HEADER, printer -> {
			for (AccountMapEntry e : current) {
				exactRecord(printer, e.vendorAccountCode(), e.excluded() ? "EXCLUDE" : e.psaCompanyId(), e.note(), "");
			}
			results.resolutions(r -> {
				if (r.method() == ResolutionMethod.AUTO) {
					exactRecord(printer, r.accountCode(), r.companyId(),
							"automatic match, score " + score(r.score()) + ": " + r.reason(), "AUTO");
				}
			});
		});
	}

	/** A table of declared columns: the CSV names as header, one record per row that {@code rows} streams. */
	static <T> AtomicFiles.Content table(List<Column<T>> columns, Consumer<Consumer<T>> rows) {
		String[] header = columns.stream().map(Column::csvName).toArray(String[]::new);
		return out -> print(out, header, printer -> rows.accept(row -> exactRecord(printer,
				columns.stream().map(c -> cell(c, c.valueOf(row))).toArray())));
	}

	/** Numbers plain ({@code 12}, {@code 2.5}, a score with 4 places), text made safe for spreadsheets. */
	private static Object cell(Column<?> column, Object value) {
		if (value == null) {
			return null;
		}
		return switch (column.kind()) {
			case QUANTITY, CHANGE, MONEY -> number(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
			case SCORE -> new Plain(score(((Number) value).doubleValue()));
			case TEXT, STATUS, DATE, YES_NO, DECISION -> value instanceof String text ? SafeText.forCsv(text) : value;
		};
	}

	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	private static void print(java.io.OutputStream out, String[] header, Rows rows) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer)) {
			rows.print(printer);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Every value as it is: for a file the job reads again (RFC 4180 quoting keeps it intact). */
	private static void exactRecord(CSVPrinter printer, Object... values) {
		try {
			printer.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Plain number(BigDecimal value) {
		return value == null ? null : new Plain(value.stripTrailingZeros().toPlainString());
	}

	static String score(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** A number already formatted: never prefixed, even when negative. */
	record Plain(String text) {

		@Override
		public String toString() {
			return text;
		}

	}

}
