package com.msprecon.http;

import java.time.Duration;
import org.springframework.http.HttpHeaders;

/**
 * How long a server asked the client to wait before the next request: Mimecast's {@code X-RateLimit-Reset}
 * (milliseconds, documented) first, then the standard {@code Retry-After} (seconds).
 */
final class ServerRetryHint {

	private ServerRetryHint() {
	}

	/** The wait the headers ask for, or {@code null} when they ask for none we can read. */
	static Duration from(HttpHeaders headers) {
		Long resetMillis = number(headers.getFirst("X-RateLimit-Reset"));
		if (resetMillis != null) {
			return Duration.ofMillis(resetMillis);
		}
		Long retryAfterSeconds = number(headers.getFirst(HttpHeaders.RETRY_AFTER));
		return retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds);
	}

	private static Long number(String value) {
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
