package com.msprecon.http;

import java.time.Duration;

/** A failure that may pass if the same request is sent again later: 429, 5xx, I/O errors, bad bodies. */
public class RetryableApiException extends ApiException {

	private final Duration serverHint;

	public RetryableApiException(String message, int status, Duration serverHint, Throwable cause) {
		super(message, status, cause);
		this.serverHint = serverHint;
	}

	/** How long the server asked us to wait, or {@code null} when it did not say. */
	public Duration serverHint() {
		return serverHint;
	}

}
