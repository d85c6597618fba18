package com.msprecon.http;

import org.springframework.http.HttpMethod;

/**
 * Whether a request may be sent again after a failure that leaves open whether the server carried it out (a
 * timeout, a lost response, a 5xx).
 */
public enum Idempotency {

	/** Changes nothing (GET, or a lookup that an API takes as a POST): sent again after any passing failure. */
	SAFE,

	/**
	 * Sets an absolute value (PUT, a PATCH that replaces a quantity): sending it twice has the effect of sending
	 * it once, so it is sent again like a safe request.
	 */
	IDEMPOTENT,

	/**
	 * Creates or adds something (POST): sending it twice may do it twice. Sent again only when the server surely
	 * did not act on it (429, no connection); otherwise the caller gets an {@link OutcomeUnknownException}.
	 */
	NON_IDEMPOTENT;

	/** What the HTTP method promises by itself (RFC 9110 §9.2); a PATCH is idempotent only when declared so. */
	public static Idempotency of(HttpMethod method) {
		if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
				|| HttpMethod.TRACE.equals(method)) {
			return SAFE;
		}
		if (HttpMethod.PUT.equals(method) || HttpMethod.DELETE.equals(method)) {
			return IDEMPOTENT;
		}
		return NON_IDEMPOTENT;
	}

	/** Whether a request of this kind may be sent again after {@code failure}. */
	public boolean maySendAgainAfter(RetryableApiException failure) {
		return this != NON_IDEMPOTENT || !failure.mayHaveTakenEffect();
	}

}
