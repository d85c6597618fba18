package com.msprecon.job;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line after Spring's own {@code --options}: an optional command word, then {@code name=value}
 * parameters. {@code asOfDate} defaults to today, {@code attempt} to 1.
 */
public record LaunchArguments(String command, LocalDate asOfDate, long attempt, boolean asOfDateGiven) {

	static final Set<String> COMMANDS = Set.of("run", "match-only", "runs", "recover", "abandon", "export");

	private static final Set<String> PARAMETERS = Set.of("asOfDate", "attempt");

	public static LaunchArguments parse(List<String> args, LocalDate today) {
		String command = "run";
		Map<String, String> params = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq < 0) {
				if (!COMMANDS.contains(arg)) {
					throw new IllegalArgumentException("unknown command '" + arg + "'; use one of " + COMMANDS);
				}
				command = arg;
				continue;
			}
			String name = arg.substring(0, eq).strip();
			String value = arg.substring(eq + 1).strip();
			// Spring Batch's typed form (asOfDate=2026-11-15,java.time.LocalDate) is accepted too
			int comma = value.indexOf(',');
			value = comma < 0 ? value : value.substring(0, comma);
			if (!PARAMETERS.contains(name)) {
				throw new IllegalArgumentException("unknown parameter '" + name + "'; the job takes asOfDate=YYYY-MM-DD"
						+ " and attempt=N (settings go as --recon.name=value)");
			}
			params.put(name, value);
		}
		LocalDate asOfDate = today;
		if (params.containsKey("asOfDate")) {
			try {
				asOfDate = LocalDate.parse(params.get("asOfDate"));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("asOfDate '" + params.get("asOfDate")
						+ "' is not a date in the form YYYY-MM-DD");
			}
		}
		long attempt = 1;
		if (params.containsKey("attempt")) {
			try {
				attempt = Long.parseLong(params.get("attempt"));
			}
			catch (NumberFormatException ex) {
				attempt = 0;
			}
			if (attempt < 1) {
				throw new IllegalArgumentException("attempt '" + params.get("attempt") + "' must be a whole number >= 1");
			}
		}
		return new LaunchArguments(command, asOfDate, attempt, params.containsKey("asOfDate"));
	}

}
