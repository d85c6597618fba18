package com.msprecon.output;

/**
 * Text from the data that a spreadsheet could take for a formula: anything starting with {@code = + - @},
 * a tab or a carriage return (OWASP "CSV injection").
 */
public final class SafeText {

	private SafeText() {
	}

	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** For CSV files: a leading apostrophe makes spreadsheets show the value as text. */
	public static String forCsv(String text) {
		return looksLikeFormula(text) ? "'" + text : text;
	}

}
