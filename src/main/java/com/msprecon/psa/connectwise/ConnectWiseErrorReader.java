package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiErrorReader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * ConnectWise Manage's error bodies: {@code {"code":…,"message":…,"errors":[{"code","message","field",…}]}}, the
 * details (e.g. which field of an object is invalid) in {@code errors[]}. A 2xx reply is always a success.
 */
final class ConnectWiseErrorReader implements ApiErrorReader {

	@Override
	public String serverMessage(JsonNode body) {
		List<String> details = new ArrayList<>();
		for (JsonNode error : body.path("errors")) {
			if (error.path("message").isString()) {
				String field = error.path("field").isString() ? error.path("field").asString() + ": " : "";
				details.add(field + error.path("message").asString());
			}
		}
		String message = body.path("message").isString() ? body.path("message").asString() : null;
		if (details.isEmpty()) {
			return message;
		}
		return (message == null ? "" : message + ": ") + String.join("; ", details);
	}

}
