package com.msprecon.vendor.mimecast;

import com.msprecon.input.CsvFile;
import com.msprecon.input.FieldException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Actual licensed users per account ({@code recon.vendor.usage-file}, columns {@code account_code,actual_users})
 * until an API gives them. A bad or repeated row does not vanish: the account it names becomes a reject that
 * quotes the row, as a bad {@code actual_users} does in {@code mimecast-accounts.csv}.
 */
final class UsageFile {

	private static final Log log = LogFactory.getLog(UsageFile.class);

	static final String CODE = "account_code";

	static final String ACTUAL_USERS = "actual_users";

	private final Map<String, Integer> actualUsers;

	private final Map<String, String> problems;

	/** The line of each account code, in file order. */
	private final Map<String, Long> lines;

	private UsageFile(Map<String, Integer> actualUsers, Map<String, String> problems, Map<String, Long> lines) {
		this.actualUsers = actualUsers;
		this.problems = problems;
		this.lines = lines;
	}

	static UsageFile none() {
		return new UsageFile(Map.of(), Map.of(), Map.of());
	}

	/** Reads the whole file (one line per account: small). A missing file or column fails at once. */
	static UsageFile read(Path path) {
		Map<String, Integer> actualUsers = new HashMap<>();
		Map<String, String> problems = new HashMap<>();
		Map<String, Long> firstLine = new LinkedHashMap<>();
		try (CsvFile file = CsvFile.open(path, List.of(CODE, ACTUAL_USERS))) {
			for (CsvFile.Line line = file.next(); line != null; line = file.next()) {
				String code;
				try {
					code = file.row(line).optional(CODE);
				}
				catch (FieldException ex) {
					log.warn(where(path, line.number()) + " is not used: " + ex.getMessage());
					continue;
				}
				if (code == null) {
					log.warn(where(path, line.number()) + " is not used: account_code is empty");
					continue;
				}
				Long first = firstLine.putIfAbsent(code, line.number());
				if (first != null) {
					problems.put(code, where(path, line.number()) + " repeats account_code " + code + " (first on line "
							+ first + ")");
					continue;
				}
				try {
					Integer users = file.row(line).optionalCount(ACTUAL_USERS);
					if (users != null) {
						actualUsers.put(code, users);
					}
				}
				catch (FieldException ex) {
					problems.put(code, where(path, line.number()) + ", column actual_users: " + ex.getMessage());
				}
			}
		}
		return new UsageFile(Map.copyOf(actualUsers), Map.copyOf(problems), firstLine);
	}

	/**
	 * Usage rows whose account code is not among the tenants read: they cannot be used, and say so in the log
	 * (nothing is dropped silently).
	 */
	List<String> rowsOfUnknownAccounts(Set<String> tenantCodes) {
		List<String> unknown = new ArrayList<>();
		lines.forEach((code, line) -> {
			if (!tenantCodes.contains(code)) {
				unknown.add("line " + line + " (" + code + ")");
			}
		});
		return unknown;
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
