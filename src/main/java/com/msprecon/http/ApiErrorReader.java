package com.msprecon.http;

import tools.jackson.databind.JsonNode;

/**
 * Reads one API's error bodies: where it puts its explanation, and whether it reports failures in replies whose
 * status says success. Each API has its own; the code that sends and retries knows none of their fields.
 */
public interface ApiErrorReader {

	/**
	 * The server's explanation in the JSON body of an error reply (4xx, 5xx), or {@code null} when it gives none.
	 * Raw text as the server sent it: the caller shortens and redacts it.
	 */
	String serverMessage(JsonNode body);

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
