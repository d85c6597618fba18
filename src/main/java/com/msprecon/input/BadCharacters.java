package com.msprecon.input;

import java.util.HexFormat;
import java.util.Locale;

/**
 * What §3 keeps out of the job: bytes that were not valid UTF-8 (as {@link Utf8Reader} passes them on) and control
 * characters other than tab. Line breaks are allowed: RFC 4180 lets a quoted field hold them. Neither kind is ever
 * replaced: the record is rejected, and shown with such characters written out as {@code \xNN}, so that no NUL
 * reaches the database (PostgreSQL refuses it in text) nor a log line.
 */
final class BadCharacters {

	private static final int SHOWN_BYTES = 4;

	private BadCharacters() {
	}

	/** Why {@code text} cannot be used, or {@code null} when it can. */
	static String reason(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isPair(text, i)) {
				i++;
			}
			else if (Utf8Reader.isEscapedByte(c)) {
				return "holds bytes that are not valid UTF-8 (" + bytesFrom(text, i) + " at character " + (i + 1)
						+ "); save the file as UTF-8";
			}
			else if (isControl(c)) {
				return "holds the control character " + name(c) + " at character " + (i + 1)
						+ "; only tab and line breaks inside quotes are taken";
			}
		}
		return null;
	}

	/** {@code text} with every bad byte and control character written as {@code \xNN}. */
	static String shown(String text) {
		StringBuilder shown = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = isPair(text, i);
			boolean escaped = !pair && Utf8Reader.isEscapedByte(c);
			boolean control = !pair && isControl(c);
			if ((escaped || control) && shown == null) {
				shown = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (escaped) {
				shown.append(hex(Utf8Reader.escapedByte(c), "\\x"));
			}
			else if (control) {
				shown.append(c > 0xFF ? String.format(Locale.ROOT, "\\u%04X", (int) c) : hex(c, "\\x"));
			}
			else if (shown != null) {
				shown.append(c);
				if (pair) {
					shown.append(text.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return shown == null ? text : shown.toString();
	}

	private static boolean isPair(String text, int i) {
		return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(i + 1));
	}

	private static boolean isControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

	private static String name(char c) {
		String code = String.format(Locale.ROOT, "U+%04X", (int) c);
		return c == 0 ? "NUL (" + code + ")" : code;
	}

	/** The bad bytes starting at {@code i}, e.g. {@code 0xE2 0x28}; at most a few. */
	private static String bytesFrom(String text, int i) {
		StringBuilder bytes = new StringBuilder();
		for (int j = i; j < text.length() && j < i + SHOWN_BYTES && Utf8Reader.isEscapedByte(text.charAt(j)); j++) {
			bytes.append(bytes.isEmpty() ? "" : " ").append(hex(Utf8Reader.escapedByte(text.charAt(j)), "0x"));
		}
		return bytes.toString();
	}

	private static String hex(int b, String prefix) {
		return prefix + HexFormat.of().withUpperCase().toHexDigits((byte) b);
	}

}
