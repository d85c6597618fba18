package com.msprecon.vendor.mimecast;

import com.msprecon.http.ApiErrorReader;
import com.msprecon.http.ServerRetryHint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Mimecast's error bodies: the token endpoint answers OAuth-style ({@code error}, {@code error_description}),
 * the API calls with the envelope's {@code fail[].errors[]} ({@code code}, {@code message}, {@code retryable}).
 * HTTP 200 does not mean success: a function that failed is reported in {@code fail[]} with status 200. The
 * wait before the next request is in {@code X-RateLimit-Reset}, in milliseconds (other APIs use the same header
 * name for an epoch second, so it is read only here).
 */
final class MimecastErrorReader implements ApiErrorReader {

	@Override
	public String serverMessage(JsonNode body) {
		for (String field : new String[] { "error_description", "message", "error" }) {
			if (body.path(field).isString()) {
				return body.path(field).asString();
			}
		}
		JsonNode firstError = body.path("fail").path(0).path("errors").path(0).path("message");
		return firstError.isString() ? firstError.asString() : null;
	}

	/** {@code X-RateLimit-Reset} (milliseconds, documented) first, then the standard {@code Retry-After}. */
	@Override
	public Duration retryHint(HttpHeaders headers) {
		Long resetMillis = ServerRetryHint.wholeNumber(headers.getFirst("X-RateLimit-Reset"));
		return resetMillis != null ? Duration.ofMillis(resetMillis) : ServerRetryHint.retryAfter(headers);
	}

	/** Retryable only when every error in {@code fail[]} says so; a {@code fail[]} without errors is not. */
	@Override
	public BodyFailure failureIn(JsonNode body) {
		JsonNode fail = body.path("fail");
		if (!fail.isArray() || fail.isEmpty()) {
			return null;
		}
		List<String> errors = new ArrayList<>();
		boolean allRetryable = true;
		for (JsonNode failure : fail) {
			for (JsonNode error : failure.path("errors")) {
				errors.add(error.path("code").asString("?") + ": " + error.path("message").asString(""));
				allRetryable &= error.path("retryable").asBoolean(false);
			}
		}
		if (errors.isEmpty()) {
			return new BodyFailure(fail.toString(), false);
		}
		return new BodyFailure(String.join("; ", errors), allRetryable);
	}

}
