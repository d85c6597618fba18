package com.msprecon.input;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.apache.commons.io.input.BOMInputStream;

/**
 * An open CSV file of spec §3: UTF-8 with an optional BOM, RFC 4180 quoting, a header row that must hold
 * the expected columns (any order, extra columns ignored). Yields records with the line they start on.
 */
public final class CsvFile implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.setAllowDuplicateHeaderNames(true)
		.get();

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Map<String, String> columns;

	private CsvFile(String name, CSVParser parser, Map<String, String> columns) {
		this.name = name;
		this.parser = parser;
		this.records = parser.iterator();
		this.columns = columns;
	}

	/** Opens the file and checks its header; a missing file, an empty file or a missing column fails at once. */
	public static CsvFile open(Path file, List<String> expectedColumns) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(name + ": file not found at " + file.toAbsolutePath());
		}
		CSVParser parser = null;
		try {
			var in = BOMInputStream.builder().setPath(file).get();
			parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
				throw new InputFileException(name + " line 1: the file is empty; expected a header row with the columns "
						+ String.join(",", expectedColumns));
			}
			Map<String, String> columns = matchColumns(name, header, expectedColumns);
			return new CsvFile(name, parser, columns);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			closeQuietly(parser);
			throw new InputFileException(name + " line 1: cannot read the header: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(parser);
			throw ex;
		}
	}

	/** Maps each expected column to the header name as written (trimmed, case-insensitive). */
	private static Map<String, String> matchColumns(String name, List<String> header, List<String> expected) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String column : header) {
			byKey.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), column);
		}
		Map<String, String> columns = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String column : expected) {
			String actual = byKey.get(column.toLowerCase(Locale.ROOT));
			if (actual == null) {
				missing.add(column);
			}
			else {
				columns.put(column, actual);
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

	/** The row view of a record, or a reason why the record does not have the header's shape. */
	public CsvRow row(Line line) {
		// only the columns the job reads must be there; a short row may lack trailing extra columns
		for (Map.Entry<String, String> column : columns.entrySet()) {
			if (parser.getHeaderMap().get(column.getValue()) >= line.record().size()) {
				throw new FieldException(column.getKey(), "is missing: the record has " + line.record().size()
						+ " fields, the header has " + parser.getHeaderNames().size());
			}
		}
		return new CsvRow(line.record(), columns);
	}

	@Override
	public void close() {
		closeQuietly(parser);
	}

	private static void closeQuietly(CSVParser parser) {
		if (parser != null) {
			try {
				parser.close();
			}
			catch (IOException ignored) {
				// nothing to do: the file was only read
			}
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

		/** The record as CSV text again (quoted where needed), for the rejects list. */
		public String raw() {
			return CSVFormat.RFC4180.format(record.toList().toArray());
		}

	}

}
