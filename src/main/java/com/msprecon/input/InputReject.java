package com.msprecon.input;

/**
 * One input record that could not be used, with where it came from and why.
 *
 * @param source the file name (or API source) the record came from
 * @param line the 1-based line in that file where the record starts; for an API source, the record's 1-based
 * position in the read order (rejects are keyed by run, source and line)
 * @param column the column that is wrong, or empty when the whole record is wrong
 * @param reason what is wrong, in words a finance reader understands
 * @param record the raw record as read, for the Review sheet
 */
public record InputReject(String source, long line, String column, String reason, String record) {

	public String describe() {
		return source + " line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
	}

}
