package com.msprecon.http;

/**
 * An API call given up because the run is being stopped ({@link StopSignal}). Not an {@link ApiException}: the
 * API did nothing wrong, and handlers of API failures (a new token after a 401) must not catch it.
 */
public class StopRequestedException extends RuntimeException {

	public StopRequestedException(String message) {
		super(message);
	}

}
