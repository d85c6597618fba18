package com.msprecon.http;

/** What the operator should change when an API answers with a given 4xx status, in the API's own terms. */
@FunctionalInterface
public interface ApiErrorAdvice {

	/** The advice for this status, or {@code null} when there is nothing specific to say. */
	String forStatus(int status);

}
