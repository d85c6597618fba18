package com.msprecon.metrics;

import java.math.BigDecimal;

/**
 * Writes gauges in the Prometheus text exposition format (version 0.0.4), the format the Pushgateway accepts.
 * Each {@link #gauge} starts a metric family; its samples must follow before the next family starts.
 */
final class PrometheusText {

	static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

	private final StringBuilder out = new StringBuilder();

	private String family;

	PrometheusText gauge(String name, String help) {
		family = name;
		out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
			.append('\n');
		out.append("# TYPE ").append(name).append(" gauge\n");
		return this;
	}

	/** One sample of the current family; {@code labels} are name, value, name, value, ... */
	PrometheusText sample(Number value, String... labels) {
		out.append(family);
		if (labels.length > 0) {
			out.append('{');
			for (int i = 0; i < labels.length; i += 2) {
				out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
			}
			out.append('}');
		}
		out.append(' ').append(format(value)).append('\n');
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private static String format(Number value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}

}
