package com.msprecon.http;

/**
 * An API call that failed in a way a retry will not fix (or that was retried as often as allowed). The message
 * says what failed and what to change; it never contains a secret.
 */
public class ApiException extends RuntimeException {

	private final int status;

	public ApiException(String message, int status) {
		super(message);
		this.status = status;
	}

	public ApiException(String message, int status, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/** The HTTP status of the failed response, or 0 when there was none (I/O error, bad body). */
	public int status() {
		return status;
	}

	public boolean isUnauthorized() {
		return status == 401;
	}

	/**
	 * Whether the API refused this one request as it is (a 4xx other than 401 and 403): sent again it would be
	 * refused again, while a missing credential or permission, or no answer, concerns every request.
	 */
	public boolean refusesThisRequest() {
		return status >= 400 && status < 500 && status != 401 && status != 403;
	}

}
