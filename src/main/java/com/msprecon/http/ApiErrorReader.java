package com.msprecon.http;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Reads one API's error replies: where it puts its explanation, whether it reports failures in replies whose
 * status says success, and how it says when to try again. Each API has its own; the code that sends and retries
 * knows none of their fields.
 */
public interface ApiErrorReader {

	/**
	 * The server's explanation in the JSON body of an error reply (4xx, 5xx), or {@code null} when it gives none.
	 * Raw text as the server sent it: the caller shortens and redacts it.
	 */
	String serverMessage(JsonNode body);

	/**
	 * How long the server asked the client to wait after a 429, 408 or 5xx, or {@code null} when it did not say;
	 * by default the standard {@code Retry-After}.
	 */
	default Duration retryHint(HttpHeaders headers) {
		return ServerRetryHint.retryAfter(headers);
	}

	/** A failure that the JSON body of a 2xx reply reports, or {@code null} when it reports success. */
	default BodyFailure failureIn(JsonNode body) {
		return null;
	}

	/**
	 * A failure reported in a 2xx body.
	 *
	 * @param errors the server's error codes and messages, raw (the caller redacts them)
	 * @param retryable whether the API says that the same request may pass later (then it did not act on it)
	 */
	record BodyFailure(String errors, boolean retryable) {

	}

}
