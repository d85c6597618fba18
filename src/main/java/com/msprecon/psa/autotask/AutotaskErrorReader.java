package com.msprecon.psa.autotask;

import com.msprecon.http.ApiErrorReader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Autotask's error bodies: {@code {"errors":["message", …]}}, whose items may also be {@code {message, field}}
 * objects. A 2xx reply is always a success.
 */
final class AutotaskErrorReader implements ApiErrorReader {

	@Override
	public String serverMessage(JsonNode body) {
		List<String> messages = new ArrayList<>();
		for (JsonNode error : body.path("errors")) {
			if (error.isString()) {
				messages.add(error.asString());
			}
			else if (error.path("message").isString()) {
				String field = error.path("field").isString() ? error.path("field").asString() + ": " : "";
				messages.add(field + error.path("message").asString());
			}
		}
		return messages.isEmpty() ? null : String.join("; ", messages);
	}

}
