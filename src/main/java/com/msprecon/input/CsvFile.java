package com.msprecon.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open CSV file of docs/rules.md §3: UTF-8 with an optional BOM, RFC 4180 quoting, a header row that must hold
 * the expected columns once each (any order, extra columns ignored). Yields records with the line they start on.
 * Bytes that are not UTF-8 and control characters do not fail the file: they make their record a reject (see
 * {@link #row}); a UTF-16 file fails at once, since none of it would be read right.
 */
public final class CsvFile implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.setAllowDuplicateHeaderNames(true)
		.get();

	/** enough of the start of a file to see a byte order mark and the NULs of UTF-16 text */
	private static final int PEEK = 64;

	private static final String SAVE_AS_UTF8 = "save it as UTF-8 (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")";

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	/** each expected column and its index in the header */
	private Map<String, Integer> columns = Map.of();

	private CsvFile(String name, CSVParser parser) {
		this.name = name;
		this.parser = parser;
		this.records = parser.iterator();
	}

	/**
	 * Opens the file and checks its header; a missing, unreadable or UTF-16 file, an empty file, a missing column or
	 * a column named twice fails at once.
	 */
	public static CsvFile open(Path file, List<String> expectedColumns) {
		CsvFile csv = parse(file);
		try {
			List<String> header = csv.parser.getHeaderNames();
			if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
				throw new InputFileException(csv.name + " line 1: the file is empty; expected a header row with the columns "
						+ String.join(",", expectedColumns));
			}
			csv.columns = matchColumns(csv.name, header, expectedColumns);
			return csv;
		}
		catch (RuntimeException ex) {
			csv.close();
			throw ex;
		}
	}

	/**
	 * Whether the file holds a header and no data record (blank lines aside): such a file is used as 0 records and
	 * flagged as empty (§3). A file without even a header is not "empty" here: opening it for its columns fails.
	 */
	public static boolean holdsOnlyAHeader(Path file) {
		try (CsvFile csv = parse(file)) {
			return !csv.parser.getHeaderNames().stream().allMatch(String::isBlank) && csv.next() == null;
		}
	}

	/** Opens the file as strict UTF-8 and parses its header row, without looking at its columns yet. */
	private static CsvFile parse(Path file) {
		String name = file.getFileName().toString();
		InputStream in = new BufferedInputStream(InputFiles.open(file));
		CSVParser parser = null;
		try {
			skipUtf8Bom(name, in);
			parser = FORMAT.parse(new Utf8Reader(in));
			for (String column : parser.getHeaderNames()) {
				String bad = BadCharacters.reason(column);
				if (bad != null) {
					throw new InputFileException(name + " line 1: the header " + bad);
				}
			}
			return new CsvFile(name, parser);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			close(parser, in);
			throw new InputFileException(name + " line 1: cannot read the header: " + rootMessage(ex), ex);
		}
		catch (RuntimeException ex) {
			close(parser, in);
			throw ex;
		}
	}

	/**
	 * Skips a UTF-8 byte order mark; fails on UTF-16 (Excel's "Unicode Text", PowerShell's default), which would
	 * otherwise read as garbage and fail only as "missing required columns".
	 */
	private static void skipUtf8Bom(String name, InputStream in) throws IOException {
		in.mark(PEEK);
		byte[] start = in.readNBytes(PEEK);
		in.reset();
		int n = start.length;
		if (n >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			return;
		}
		if (n >= 2 && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
				|| (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)) {
			throw new InputFileException(name + ": the file is UTF-16 (it starts with the byte order mark "
					+ String.format(Locale.ROOT, "%02X %02X", start[0] & 0xFF, start[1] & 0xFF) + "); " + SAVE_AS_UTF8);
		}
		// a header of ASCII names in UTF-16 without a mark: every other byte is NUL
		if (n >= 4 && (everyOtherByteIsNul(start, n, 0) || everyOtherByteIsNul(start, n, 1))) {
			throw new InputFileException(name + ": the file is UTF-16 (every other byte is NUL); " + SAVE_AS_UTF8);
		}
	}

	private static boolean everyOtherByteIsNul(byte[] bytes, int n, int first) {
		for (int i = first; i < n - 1 + first; i += 2) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Maps each expected column to its index in the header (names trimmed, case-insensitive). A column the job
	 * reads that the header names twice fails: which of the two was meant cannot be known.
	 */
	private static Map<String, Integer> matchColumns(String name, List<String> header, List<String> expected) {
		Map<String, List<Integer>> byKey = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byKey.computeIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String column : expected) {
			List<Integer> at = byKey.get(column.toLowerCase(Locale.ROOT));
			if (at == null) {
				missing.add(column);
			}
			else if (at.size() > 1) {
				throw new InputFileException(name + " line 1: column " + column + " is named twice in the header (fields "
						+ (at.get(0) + 1) + " and " + (at.get(1) + 1) + "); keep one (header is: " + String.join(",", header)
						+ ")");
			}
			else {
				columns.put(column, at.get(0));
			}
		}
		if (!missing.isEmpty()) {
			throw new InputFileException(name + " line 1: missing required column" + (missing.size() > 1 ? "s " : " ")
					+ String.join(", ", missing) + " (header is: " + String.join(",", header) + ")");
		}
		return columns;
	}

	/** The next record, or null at the end of the file. Blank lines are not records and are passed over. */
	public Line next() {
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			try {
				if (!records.hasNext()) {
					return null;
				}
				CSVRecord record = records.next();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				return new Line(line, record);
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// broken quoting: nothing after this point can be parsed reliably
				throw new InputFileException(name + " line " + line + ": cannot parse the CSV: " + rootMessage(ex), ex);
			}
		}
	}

	public String name() {
		return name;
	}

	/**
	 * The row view of a record, or a {@link FieldException} naming the column when the record does not have the
	 * header's shape or a field holds bytes that are not UTF-8 or a control character (§3: such a value is never
	 * replaced and never passed on, whichever column holds it).
	 */
	public CsvRow row(Line line) {
		CSVRecord record = line.record();
		for (int i = 0; i < record.size(); i++) {
			String bad = BadCharacters.reason(record.get(i));
			if (bad != null) {
				throw new FieldException(columnName(i), bad);
			}
		}
		// only the columns the job reads must be there; a short row may lack trailing extra columns
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			if (column.getValue() >= record.size()) {
				throw new FieldException(column.getKey(), "is missing: the record has " + record.size()
						+ " fields, the header has " + parser.getHeaderNames().size());
			}
		}
		return new CsvRow(record, columns);
	}

	/** The expected name of a column the job reads, else the header's name, else its position. */
	private String columnName(int index) {
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			if (column.getValue() == index) {
				return column.getKey();
			}
		}
		List<String> header = parser.getHeaderNames();
		return index < header.size() && !header.get(index).isBlank() ? header.get(index).strip()
				: "field " + (index + 1);
	}

	@Override
	public void close() {
		close(parser, null);
	}

	private static void close(CSVParser parser, InputStream in) {
		try {
			if (parser != null) {
				parser.close();
			}
			else if (in != null) {
				in.close();
			}
		}
		catch (IOException ignored) {
			// nothing to do: the file was only read
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** A record and the line of the file it starts on. */
	public record Line(long number, CSVRecord record) {

		/**
		 * The record as CSV text again (quoted where needed), for the rejects list; bytes that were not UTF-8 and
		 * control characters written as {@code \\xNN}.
		 */
		public String raw() {
			return BadCharacters.shown(CSVFormat.RFC4180.format(record.toList().toArray()));
		}

	}

}
