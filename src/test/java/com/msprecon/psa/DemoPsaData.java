package com.msprecon.psa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo MSP's PSA files (jobs/demo) as rows to serve from a fake PSA API: only the rows the file source
 * accepts (a row it rejects does not reach staging from the files either, so it is left out of the fake).
 */
public final class DemoPsaData {

	public static final Path DEMO = Path.of("jobs/demo");

	private static final Set<String> AGREEMENT_STATUSES = Set.of("active", "cancelled", "expired", "inactive");

	private DemoPsaData() {
	}

	public static List<CSVRecord> companies() {
		return csv("psa-companies.csv").stream().filter(DemoPsaData::parsable).toList();
	}

	public static List<CSVRecord> agreements() {
		return csv("psa-agreements.csv").stream()
			.filter(DemoPsaData::parsable)
			.filter(row -> AGREEMENT_STATUSES.contains(row.get("status").toLowerCase()))
			.toList();
	}

	/** The additions the file source accepts: the first of two rows with one id only. */
	public static List<CSVRecord> additions() {
		Set<String> seen = new HashSet<>();
		return csv("psa-additions.csv").stream()
			.filter(DemoPsaData::parsable)
			.filter(row -> seen.add(row.get("addition_id")))
			.toList();
	}

	/** Whether an addition's dates put it in force on the date (docs/rules.md R1 without the agreement). */
	public static boolean inForce(CSVRecord addition, LocalDate asOf) {
		String effective = addition.get("effective_date");
		String cancelled = addition.get("cancelled_date");
		return (effective.isEmpty() || !LocalDate.parse(effective).isAfter(asOf))
				&& (cancelled.isEmpty() || LocalDate.parse(cancelled).isAfter(asOf));
	}

	/** Whether every id and number of the row parses (the demo has rows the file source must reject). */
	private static boolean parsable(CSVRecord row) {
		for (String column : List.of("company_id", "agreement_id", "addition_id", "quantity", "less_included",
				"unit_price", "unit_cost")) {
			if (row.isMapped(column) && !row.get(column).isEmpty() && !row.get(column).matches("\\d+(\\.\\d+)?")) {
				return false;
			}
		}
		for (String column : List.of("effective_date", "cancelled_date")) {
			if (row.isMapped(column) && !row.get(column).isEmpty() && !row.get(column).matches("\\d{4}-\\d{2}-\\d{2}")) {
				return false;
			}
		}
		if (row.isMapped("bill_customer") && !row.get("bill_customer").isEmpty()
				&& !List.of("billable", "donotbill", "nocharge").contains(row.get("bill_customer").toLowerCase())) {
			return false;
		}
		return row.isConsistent() && (!row.isMapped("quantity") || !row.get("quantity").isEmpty());
	}

	private static List<CSVRecord> csv(String file) {
		try {
			String text = Files.readString(DEMO.resolve(file)).replace("\uFEFF", "");
			try (CSVParser parser = CSVParser.parse(text,
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				return parser.getRecords();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
