package com.msprecon.http;

/**
 * A request that is not idempotent (a POST that creates something) failed after it may have reached the server:
 * a timeout, a lost response, a 5xx. It was not sent again, since that could do it twice. Before sending it again
 * the caller must look up whether it took effect (e.g. find the created record by a tag it sent with it).
 */
public class OutcomeUnknownException extends ApiException {

	public OutcomeUnknownException(String message, int status, Throwable cause) {
		super(message, status, cause);
	}

}
