package com.msprecon.http;

/**
 * How messages name an API and the settings that change its behaviour.
 *
 * @param name the API's name, e.g. {@code Mimecast}
 * @param propertyPrefix where its settings live, e.g. {@code recon.mimecast}
 */
public record ApiName(String name, String propertyPrefix) {

	/** The full name of one of its settings, e.g. {@code property("http.max-attempts")}. */
	public String property(String suffix) {
		return propertyPrefix + "." + suffix;
	}

	/** What a message calls a request, e.g. {@code Mimecast POST /oauth/token}. */
	public String of(ApiRequest request) {
		return name + " " + request.description();
	}

}
