package com.msprecon.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Typed, validating access to one CSV record (docs/rules.md §3): empty means absent, dates are ISO, decimals use a
 * dot, lists are separated by {@code ;}. Every failure names the column.
 */
public final class CsvRow {

	/** ASCII digits only: {@code Integer.parseInt} would also take other scripts' digits */
	private static final Pattern COUNT = Pattern.compile("[0-9]+");

	/** a plain decimal with a dot: no exponent ({@code BigDecimal} takes {@code 1e1}), no thousands separator */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

	private final CSVRecord record;

	/** each column the job reads and its index in the record */
	private final Map<String, Integer> columns;

	CsvRow(CSVRecord record, Map<String, Integer> columns) {
		this.record = record;
		this.columns = columns;
	}

	/** The trimmed value, or {@code null} when the field is empty; at most {@link TextLimits#VALUE} characters. */
	public String optional(String column) {
		return TextLimits.check(column, raw(column), TextLimits.VALUE);
	}

	/** A free-text note: like {@link #optional} but up to {@link TextLimits#NOTE} characters. */
	public String optionalNote(String column) {
		return TextLimits.check(column, raw(column), TextLimits.NOTE);
	}

	private String raw(String column) {
		int index = columns.get(column);
		String value = record.get(index);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	public String required(String column) {
		String value = optional(column);
		if (value == null) {
			throw new FieldException(column, "is required but empty");
		}
		return value;
	}

	public int requiredCount(String column) {
		return parseCount(column, required(column));
	}

	public Integer optionalCount(String column) {
		String value = optional(column);
		return value == null ? null : parseCount(column, value);
	}

	public BigDecimal requiredDecimal(String column) {
		return parseNonNegativeOrAnyDecimal(column, required(column), true);
	}

	public BigDecimal optionalDecimal(String column) {
		String value = optional(column);
		return value == null ? null : parseNonNegativeOrAnyDecimal(column, value, false);
	}

	public BigDecimal nonNegativeDecimal(String column, BigDecimal whenEmpty) {
		String value = optional(column);
		return value == null ? whenEmpty : parseNonNegativeOrAnyDecimal(column, value, true);
	}

	public LocalDate optionalDate(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(column, "'" + value + "' is not a date in the form YYYY-MM-DD");
		}
	}

	/** A {@code ;}-separated list, trimmed, without empty entries; each entry at most {@link TextLimits#VALUE}. */
	public List<String> list(String column) {
		String value = raw(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(s -> TextLimits.check(column, s, TextLimits.VALUE))
			.toList();
	}

	/** The value, which must be one of {@code allowed} (compared case-insensitively), or null when empty. */
	public String optionalChoice(String column, List<String> allowed) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		return allowed.stream()
			.filter(a -> a.equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new FieldException(column,
					"'" + value + "' is not one of " + String.join(", ", allowed)));
	}

	public String requiredChoice(String column, List<String> allowed) {
		required(column);
		return optionalChoice(column, allowed);
	}

	private static int parseCount(String column, String value) {
		if (value.startsWith("-") && COUNT.matcher(value.substring(1)).matches()) {
			throw new FieldException(column, "'" + value + "' is negative; a count must be 0 or more");
		}
		if (!COUNT.matcher(value).matches()) {
			throw new FieldException(column, "'" + value + "' is not a whole number");
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new FieldException(column, "'" + value + "' is too large; a count is at most " + Integer.MAX_VALUE);
		}
	}

	private static BigDecimal parseNonNegativeOrAnyDecimal(String column, String value, boolean nonNegative) {
		if (!DECIMAL.matcher(value).matches()) {
			throw new FieldException(column, "'" + value + "' is not a decimal number (use a dot, no thousands separator)");
		}
		BigDecimal number = new BigDecimal(value);
		if (nonNegative && number.signum() < 0) {
			throw new FieldException(column, "'" + value + "' is negative; it must be 0 or more");
		}
		return number;
	}

}
