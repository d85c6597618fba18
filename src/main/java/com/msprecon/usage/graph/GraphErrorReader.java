package com.msprecon.usage.graph;

import com.msprecon.http.ApiErrorReader;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft's error bodies: Graph answers {@code {"error":{"code":…,"message":…}}}, the token endpoint answers
 * OAuth-style {@code {"error":"invalid_client","error_description":"AADSTS7000215: …"}}. Throttling (429) and
 * 5xx carry the standard {@code Retry-After} in seconds, the default hint. A 2xx reply is always a success.
 */
final class GraphErrorReader implements ApiErrorReader {

	@Override
	public String serverMessage(JsonNode body) {
		JsonNode error = body.path("error");
		if (error.isObject()) {
			String code = error.path("code").asString("");
			String message = error.path("message").asString("");
			return code.isEmpty() ? message : code + ": " + message;
		}
		if (body.path("error_description").isString()) {
			return body.path("error_description").asString();
		}
		return error.isString() ? error.asString() : null;
	}

}
