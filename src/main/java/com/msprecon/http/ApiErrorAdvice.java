package com.msprecon.http;

/**
 * What the operator should change when an API refuses a request with a given status (a 4xx, or the 2xx status
 * of a reply whose body reports a failure), in the API's own terms.
 */
@FunctionalInterface
public interface ApiErrorAdvice {

	/** The advice for this status, or {@code null} when there is nothing specific to say. */
	String forStatus(int status);

}
