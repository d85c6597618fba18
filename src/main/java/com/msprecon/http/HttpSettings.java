package com.msprecon.http;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an HTTP source talks to its API: timeouts, retries, pace and paging limits.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for a response
 * @param maxAttempts attempts per request in total (1 = no retry) for 429, 5xx, I/O errors and timeouts
 * @param initialBackoff the first wait before a retry when the server gives no hint; it doubles per retry
 * @param maxBackoff the longest wait before a retry, also for server hints
 * @param requestsPerSecond client-side rate limit; 0 or less means no limit
 * @param maxPages the most pages one listing may have before the job assumes an endless paging loop
 */
public record HttpSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
		@DefaultValue("5") int maxAttempts, @DefaultValue("1s") Duration initialBackoff,
		@DefaultValue("2m") Duration maxBackoff, @DefaultValue("5") double requestsPerSecond,
		@DefaultValue("10000") int maxPages) {

	public HttpSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1, was " + maxAttempts);
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("max-pages must be at least 1, was " + maxPages);
		}
	}

	public static HttpSettings defaults() {
		return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 5, Duration.ofSeconds(1),
				Duration.ofMinutes(2), 5, 10_000);
	}

}
