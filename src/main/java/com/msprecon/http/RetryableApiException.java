package com.msprecon.http;

import java.time.Duration;

/** A failure that may pass if the same request is sent again later: 429, 5xx, I/O errors, bad bodies. */
public class RetryableApiException extends ApiException {

	private final Duration serverHint;

	private final boolean mayHaveTakenEffect;

	/**
	 * @param serverHint how long the server asked us to wait, or {@code null}
	 * @param mayHaveTakenEffect {@code false} only when the server surely did not act on the request (it refused
	 * it with 429, or it never got it); decides whether a request that is not idempotent may be sent again
	 */
	public RetryableApiException(String message, int status, Duration serverHint, boolean mayHaveTakenEffect,
			Throwable cause) {
		super(message, status, cause);
		this.serverHint = serverHint;
		this.mayHaveTakenEffect = mayHaveTakenEffect;
	}

	/** How long the server asked us to wait, or {@code null} when it did not say. */
	public Duration serverHint() {
		return serverHint;
	}

	/** Whether the server may have carried out the request before it failed. */
	public boolean mayHaveTakenEffect() {
		return mayHaveTakenEffect;
	}

}
