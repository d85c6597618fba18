package com.msprecon.vendor.mimecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Actual licensed users per account ({@code recon.vendor.usage-file}, columns {@code account_code,actual_users})
 * until an API gives them. A bad or repeated row does not vanish: the account it names becomes a reject that
 * quotes the row, as a bad {@code actual_users} does in {@code mimecast-accounts.csv}.
 */
final class UsageFile {

	static final String CODE = "account_code";

	static final String ACTUAL_USERS = "actual_users";

	private final Map<String, Integer> actualUsers;

	private final Map<String, String> problems;

	private UsageFile(Map<String, Integer> actualUsers, Map<String, String> problems) {
		this.actualUsers = actualUsers;
		this.problems = problems;
	}

	static UsageFile none() {
		return new UsageFile(Map.of(), Map.of());
	}

	/** Reads the whole file (one line per account: small). A missing file or column fails at once. */
	static UsageFile read(Path path) {
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the usage file recon.vendor.usage-file=" + path, ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		Map<String, Integer> actualUsers = new HashMap<>();
		Map<String, String> problems = new HashMap<>();
		Map<String, Long> firstLine = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (String column : new String[] { CODE, ACTUAL_USERS }) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalStateException("usage file " + path + " has no column '" + column
							+ "' (expected header account_code,actual_users)");
				}
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				String code = record.isSet(CODE) ? record.get(CODE).trim() : "";
				if (code.isEmpty()) {
					continue;
				}
				Long first = firstLine.putIfAbsent(code, line);
				if (first != null) {
					problems.put(code, where(path, line) + " repeats account_code " + code + " (first on line " + first
							+ ")");
					continue;
				}
				String value = record.isSet(ACTUAL_USERS) ? record.get(ACTUAL_USERS).trim() : "";
				if (value.isEmpty()) {
					continue;
				}
				try {
					int users = Integer.parseInt(value);
					if (users < 0) {
						throw new NumberFormatException();
					}
					actualUsers.put(code, users);
				}
				catch (NumberFormatException ex) {
					problems.put(code, where(path, line) + ": actual_users '" + value + "' is not a whole number >= 0");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot parse the usage file " + path, ex);
		}
		return new UsageFile(Map.copyOf(actualUsers), Map.copyOf(problems));
	}

	private static String where(Path path, long line) {
		return "usage file " + path.getFileName() + " line " + line;
	}

	/** Actual users of the account, or {@code null} when unknown. */
	Integer actualUsers(String accountCode) {
		return actualUsers.get(accountCode);
	}

	/** Why the usage row of this account cannot be used, or {@code null} when it can (or there is none). */
	String problem(String accountCode) {
		return problems.get(accountCode);
	}

}
