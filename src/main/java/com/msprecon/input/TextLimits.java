package com.msprecon.input;

/**
 * The longest text the job takes in one field, from files and APIs alike. Longer values are data errors (no PSA or
 * Mimecast name comes near); refusing them here, as a reject that names the column, keeps them from failing a
 * database insert of a whole chunk later. The schema's columns are at least this wide.
 */
public final class TextLimits {

	/** an id, name, product, status, package or domain */
	public static final int VALUE = 255;

	/** a free-text note of a mapping table */
	public static final int NOTE = 2000;

	private TextLimits() {
	}

	/** The value, or a {@link FieldException} naming the column when it is longer than {@code max}. */
	public static String check(String column, String value, int max) {
		if (value != null && value.length() > max) {
			throw new FieldException(column, "is " + value.length() + " characters long; at most " + max
					+ " are taken ('" + value.substring(0, 40) + "...')");
		}
		return value;
	}

}
