package com.msprecon.psa;

/**
 * A line may or may not have been created (the response was lost, or the PSA answered with a server error after
 * it got the request). Look it up by its tag before creating it again.
 */
public class PsaOutcomeUnknownException extends RuntimeException {

	public PsaOutcomeUnknownException(String message, Throwable cause) {
		super(message, cause);
	}

}
