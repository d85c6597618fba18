package com.msprecon.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Typed, validating access to one CSV record (spec §3): empty means absent, dates are ISO, decimals use a
 * dot, lists are separated by {@code ;}. Every failure names the column.
 */
public final class CsvRow {

	private final CSVRecord record;

	private final Map<String, String> columns;

	CsvRow(CSVRecord record, Map<String, String> columns) {
		this.record = record;
		this.columns = columns;
	}

	/** The trimmed value, or {@code null} when the field is empty. */
	public String optional(String column) {
		String value = record.get(columns.get(column));
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

	/** A {@code ;}-separated list, trimmed, without empty entries. */
	public List<String> list(String column) {
		String value = optional(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
		try {
			int count = Integer.parseInt(value);
			if (count < 0) {
				throw new FieldException(column, "'" + value + "' is negative; a count must be 0 or more");
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw new FieldException(column, "'" + value + "' is not a whole number");
		}
	}

	private static BigDecimal parseNonNegativeOrAnyDecimal(String column, String value, boolean nonNegative) {
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new FieldException(column, "'" + value + "' is not a decimal number (use a dot, no thousands separator)");
		}
		if (nonNegative && number.signum() < 0) {
			throw new FieldException(column, "'" + value + "' is negative; it must be 0 or more");
		}
		return number;
	}

}
