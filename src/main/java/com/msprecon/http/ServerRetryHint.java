package com.msprecon.http;

import java.time.Duration;
import org.springframework.http.HttpHeaders;

/** Reads how long a server asked the client to wait before the next request. */
public final class ServerRetryHint {

	private ServerRetryHint() {
	}

	/** The standard {@code Retry-After} in seconds, or {@code null} when absent or not a number. */
	public static Duration retryAfter(HttpHeaders headers) {
		Long seconds = wholeNumber(headers.getFirst(HttpHeaders.RETRY_AFTER));
		return seconds == null ? null : Duration.ofSeconds(seconds);
	}

	/** A header value that is a whole number {@code >= 0}, or {@code null}. */
	public static Long wholeNumber(String value) {
		if (value == null) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value.trim());
			return parsed >= 0 ? parsed : null;
		}
		catch (NumberFormatException ex) {
			// an HTTP-date Retry-After is not worth the parsing: the exponential backoff covers it
			return null;
		}
	}

}
