package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiErrorReader;
import tools.jackson.databind.JsonNode;

/**
 * HaloPSA's error bodies, whose shape no source confirms: the OAuth server's {@code error} /
 * {@code error_description}, or a {@code message} (as ASP.NET APIs give). A 2xx reply is always a success.
 */
final class HaloErrorReader implements ApiErrorReader {

	@Override
	public String serverMessage(JsonNode body) {
		for (String field : new String[] { "error_description", "message", "Message", "error" }) {
			if (body.path(field).isString() && !body.path(field).asString().isBlank()) {
				return body.path(field).asString();
			}
		}
		return null;
	}

}
