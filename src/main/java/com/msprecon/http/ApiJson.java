package com.msprecon.http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the API clients. */
public final class ApiJson {

	/** Decimals are read as {@link java.math.BigDecimal}: prices and quantities must not pass through double. */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private ApiJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
