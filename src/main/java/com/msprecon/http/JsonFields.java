package com.msprecon.http;

import com.msprecon.input.FieldException;
import com.msprecon.input.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of an API record defensively: a field that is missing or of the wrong kind raises a
 * {@link FieldException} naming the field, so the record becomes a reject instead of a crash.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/** {@code path} uses {@code /} for nested objects, e.g. {@code product/identifier}. */
	public static JsonNode at(JsonNode record, String path) {
		JsonNode node = record;
		for (String part : path.split("/")) {
			node = node.path(part);
		}
		return node;
	}

	public static String requiredText(JsonNode record, String path) {
		String value = optionalText(record, path);
		if (value == null) {
			throw new FieldException(path, path + " is missing");
		}
		return value;
	}

	/** Text, or a number as text (ids); {@code null} when absent, null or blank. */
	public static String optionalText(JsonNode record, String path) {
		JsonNode node = at(record, path);
		if (node.isString() || node.isNumber()) {
			String value = node.asString().trim();
			return value.isEmpty() ? null : TextLimits.check(path, value, TextLimits.VALUE);
		}
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		throw new FieldException(path, path + " is not text but " + node.getNodeType());
	}

	public static int requiredCount(JsonNode record, String path) {
		JsonNode node = at(record, path);
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
			throw new FieldException(path, path + " must be a whole number >= 0, was " + describe(node));
		}
		return node.intValue();
	}

	public static BigDecimal optionalDecimal(JsonNode record, String path) {
		JsonNode node = at(record, path);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new FieldException(path, path + " must be a number, was " + describe(node));
		}
		return node.decimalValue();
	}

	public static BigDecimal requiredNonNegativeDecimal(JsonNode record, String path) {
		BigDecimal value = optionalDecimal(record, path);
		if (value == null || value.signum() < 0) {
			throw new FieldException(path, path + " must be a number >= 0, was " + describe(at(record, path)));
		}
		return value;
	}

	/**
	 * The calendar date of an API timestamp such as {@code 2024-01-01T00:00:00Z}: the date as written, because
	 * the PSA stores dates as midnight UTC of the day the user entered.
	 */
	public static LocalDate optionalDate(JsonNode record, String path) {
		String value = optionalText(record, path);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(path, path + " is not a date: '" + value + "'");
		}
	}

	/** One of the allowed values, compared case-insensitively and returned as spelled in {@code allowed}. */
	public static String optionalChoice(JsonNode record, String path, List<String> allowed) {
		String value = optionalText(record, path);
		if (value == null) {
			return null;
		}
		return allowed.stream()
			.filter(a -> a.equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new FieldException(path,
					path + " '" + value + "' is not one of " + String.join(", ", allowed)));
	}

	/** The text items of an array field; absent means empty. */
	public static List<String> textList(JsonNode record, String path) {
		JsonNode node = at(record, path);
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new FieldException(path, path + " is not a list but " + node.getNodeType());
		}
		return node.valueStream().map(item -> {
			if (!item.isString()) {
				throw new FieldException(path, path + " holds " + describe(item) + ", not text");
			}
			return TextLimits.check(path, item.asString().trim(), TextLimits.VALUE);
		}).filter(s -> !s.isEmpty()).toList();
	}

	public static List<String> lowerCase(List<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}

	private static String describe(JsonNode node) {
		return node.isMissingNode() ? "missing" : node.toString();
	}

}
