package com.msprecon.launch;

import com.msprecon.run.RunKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line after Spring's own {@code --options}: an optional command word, then {@code name=value}
 * parameters: the run's {@link RunKey} ({@code msp}, {@code asOfDate} defaulting to today, {@code attempt} to 1)
 * and, for the operator commands, {@code job=<command>} naming whose run is meant.
 *
 * @param command the command word ({@code run} when none is given)
 * @param key the run
 * @param asOfDateGiven whether {@code asOfDate} was given (an operator command must name its run)
 * @param job the command word of the job an operator command is about, or {@code null} for any
 * @param allMsps whether the job runs for every MSP of {@code recon.msps.dir} (or its shard) instead of one
 */
public record LaunchArguments(String command, RunKey key, boolean asOfDateGiven, String job, boolean allMsps) {

	static final String RUN = "run";

	/** The word that runs a job for every MSP, one after another, in this process (docs/rules.md §4.4). */
	public static final String ALL_MSPS = "all-msps";

	private static final Set<String> PARAMETERS = Set.of("msp", "asOfDate", "attempt", "job");

	/**
	 * @param commands the command words there are (the jobs' and the operator commands')
	 */
	public static LaunchArguments parse(List<String> args, LocalDate today, Set<String> commands) {
		String command = RUN;
		Map<String, String> params = new LinkedHashMap<>();
		boolean allMsps = false;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (ALL_MSPS.equals(arg)) {
				allMsps = true;
				continue;
			}
			if (eq < 0) {
				if (!commands.contains(arg)) {
					throw new IllegalArgumentException("unknown command '" + arg + "'; use one of " + commands);
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
				throw new IllegalArgumentException("unknown parameter '" + name + "'; the job takes [msp=ID] "
						+ "asOfDate=YYYY-MM-DD [attempt=N] (settings go as --recon.name=value)");
			}
			params.put(name, value);
		}
		if (allMsps && params.containsKey("msp")) {
			throw new IllegalArgumentException(ALL_MSPS + " runs every MSP; it cannot be given together with msp=");
		}
		RunKey key = new RunKey(params.getOrDefault("msp", RunKey.DEFAULT_MSP), asOfDate(params, today),
				attempt(params));
		return new LaunchArguments(command, key, params.containsKey("asOfDate"), params.get("job"), allMsps);
	}

	/**
	 * Whether a process given {@code args} may write a workbook: a job's launch or {@code export}, not an operator
	 * command that only lists or marks runs. Read from the raw arguments before Spring starts, with the rule of
	 * {@link #parse}: the last word that is neither a parameter nor {@value #ALL_MSPS} is the command (options,
	 * {@code --name=value}, are neither).
	 */
	public static boolean mayWriteWorkbook(String[] args) {
		String command = RUN;
		for (String arg : args) {
			if (arg.indexOf('=') < 0 && !arg.startsWith("-") && !ALL_MSPS.equals(arg)) {
				command = arg;
			}
		}
		return !OperatorCommands.NAMES.contains(command) || command.equals("export");
	}

	/** A run of the default MSP, as the tests and the job's own callers name it. */
	public static LaunchArguments run(LocalDate asOfDate, long attempt) {
		return new LaunchArguments(RUN, RunKey.of(asOfDate, attempt), true, null, false);
	}

	private static LocalDate asOfDate(Map<String, String> params, LocalDate today) {
		String value = params.get("asOfDate");
		if (value == null) {
			return today;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("asOfDate '" + value + "' is not a date in the form YYYY-MM-DD");
		}
	}

	private static long attempt(Map<String, String> params) {
		String value = params.get("attempt");
		if (value == null) {
			return 1;
		}
		try {
			long attempt = Long.parseLong(value);
			if (attempt >= 1) {
				return attempt;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("attempt '" + value + "' must be a whole number >= 1");
	}

}
