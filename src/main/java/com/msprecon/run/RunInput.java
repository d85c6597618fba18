package com.msprecon.run;

/**
 * One input of a run: its name, where it came from, its SHA-256 (files only) and what became of its records.
 * Counts are {@code null} until staging has counted them.
 *
 * @param emptyFile the input is a file with a header and no data row: used as 0 records, flagged (§3)
 */
public record RunInput(String name, String description, String sha256, Long read, Long used, Long rejected,
		boolean emptyFile) {

	/** How the Summary and the log flag an empty file. */
	public static final String EMPTY = "EMPTY: a header and no data row";

	/** The warning for an empty input, or null. */
	public String emptyWarning() {
		return emptyFile ? "input " + name + " is " + EMPTY
				+ "; it is used as 0 records, but a monthly export with no rows is usually a mistake" : null;
	}

}
