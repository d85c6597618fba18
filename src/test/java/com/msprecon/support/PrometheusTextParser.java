package com.msprecon.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4) for the tests: every line must be a HELP or
 * TYPE comment or a sample of the family last declared by TYPE (of a summary also its {@code _count} and
 * {@code _sum}, of a histogram also its {@code _bucket}, {@code _count} and {@code _sum}), with valid names, quoted
 * and escaped label values and a float value. Returns each sample as {@code name{labels}} (labels as written) to
 * its value.
 */
public final class PrometheusTextParser {

	private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";

	private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";

	private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");

	private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");

	private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(?:" + LABEL + ")(?:," + LABEL
			+ ")*\\})? ([-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|NaN|Inf))");

	private PrometheusTextParser() {
	}

	public static Map<String, Double> parse(String text) {
		if (!text.endsWith("\n")) {
			throw new AssertionError("the text format ends with a line feed");
		}
		Map<String, Double> samples = new LinkedHashMap<>();
		String family = null;
		String type = null;
		for (String line : text.split("\n")) {
			Matcher declared = TYPE.matcher(line);
			if (declared.matches()) {
				family = declared.group(1);
				type = declared.group(2);
				continue;
			}
			if (HELP.matcher(line).matches()) {
				continue;
			}
			Matcher sample = SAMPLE.matcher(line);
			if (!sample.matches()) {
				throw new AssertionError("not a line of the text format: '" + line + "'");
			}
			if (family == null || !inFamily(sample.group(1), family, type)) {
				throw new AssertionError("sample outside its family (TYPE " + family + "): '" + line + "'");
			}
			String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
			if (samples.put(key, Double.valueOf(sample.group(3).replace("Inf", "Infinity"))) != null) {
				throw new AssertionError("duplicate sample " + key);
			}
		}
		return samples;
	}

	private static boolean inFamily(String name, String family, String type) {
		if (name.equals(family)) {
			return true;
		}
		List<String> suffixes = switch (type) {
			case "summary" -> List.of("_count", "_sum");
			case "histogram" -> List.of("_bucket", "_count", "_sum");
			default -> List.of();
		};
		return suffixes.stream().anyMatch(suffix -> name.equals(family + suffix));
	}

}
