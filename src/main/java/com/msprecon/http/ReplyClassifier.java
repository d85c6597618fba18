package com.msprecon.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Decides what a reply (or the lack of one) means: the JSON of a success, a failure that may pass when the
 * request is sent again (429, 408, 5xx, no answer, an unreadable body, a failure the API marks retryable), or a
 * failure that needs the operator, with advice and without secrets. Whether the server may have acted on the
 * request is recorded for requests that are not idempotent. The API's own fields are read by its
 * {@link ApiErrorReader}.
 */
public final class ReplyClassifier {

	private static final int MAX_SERVER_MESSAGE = 300;

	private final ApiName api;

	private final HttpSettings settings;

	private final ApiErrorReader errors;

	private final ApiErrorAdvice advice;

	private final SecretRedactor redactor;

	/**
	 * @param advice what to change for a refused request, unless the request brings its own
	 * @param redactor removes secrets from whatever the server says before it goes into a message
	 */
	public ReplyClassifier(ApiName api, HttpSettings settings, ApiErrorReader errors, ApiErrorAdvice advice,
			SecretRedactor redactor) {
		this.api = api;
		this.settings = settings;
		this.errors = errors;
		this.advice = advice;
		this.redactor = redactor;
	}

	/** The JSON body of a successful reply; anything else is thrown as an {@link ApiException}. */
	JsonNode successBody(ApiRequest request, HttpReply reply) {
		int status = reply.status();
		if (status < 200 || status >= 300) {
			throw failure(request, reply);
		}
		JsonNode body = parse(request, reply);
		ApiErrorReader.BodyFailure reported = errors.failureIn(body);
		if (reported == null) {
			return body;
		}
		String what = api.of(request) + " reported a failure: " + redactor.redact(reported.errors());
		if (reported.retryable()) {
			throw new RetryableApiException(what + " (marked retryable)", status, null, false, null);
		}
		throw new ApiException(withAdvice(what, request, status), status);
	}

	/** The request got no reply: refused or unreachable (never sent), timed out or cut off (maybe carried out). */
	RetryableApiException noAnswer(ApiRequest request, ResourceAccessException ex) {
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
				|| cause instanceof UnknownHostException;
		String kind = cause instanceof HttpTimeoutException ? "timed out"
				: neverSent ? "connection refused or unreachable" : cause instanceof IOException ? "I/O error" : "error";
		return new RetryableApiException(api.of(request) + " did not answer: " + kind + " ("
				+ cause.getClass().getSimpleName() + ") (check " + api.property("base-url")
				+ " and the network; timeouts are " + api.property("http.connect-timeout") + "="
				+ settings.connectTimeout() + " and " + api.property("http.read-timeout") + "="
				+ settings.readTimeout() + ")", 0, null, !neverSent, null);
	}

	private JsonNode parse(ApiRequest request, HttpReply reply) {
		try {
			return ApiJson.mapper().readTree(reply.body());
		}
		catch (JacksonException ex) {
			// the body is not shown: it may be a token response; its size and type are enough to diagnose
			throw new RetryableApiException(api.of(request) + " returned a body that is not valid JSON ("
					+ reply.body().length() + " characters, Content-Type " + reply.headers().getContentType()
					+ "); check that " + api.property("base-url")
					+ " points at the API and not at a proxy or login page", reply.status(), null, true, null);
		}
	}

	private ApiException failure(ApiRequest request, HttpReply reply) {
		int status = reply.status();
		String what = api.of(request) + " answered HTTP " + status + serverMessage(reply);
		if (status == 429) {
			// refused before acting (Mimecast: "the requested function will not be executed")
			return new RetryableApiException(what + " (request quota used up; lower "
					+ api.property("http.requests-per-second") + " or run later)", status,
					errors.retryHint(reply.headers()), false, null);
		}
		if (status == 408) {
			// the server gave up waiting for the whole request, so it did not act on it
			return new RetryableApiException(what, status, errors.retryHint(reply.headers()), false, null);
		}
		if (status >= 500) {
			return new RetryableApiException(what, status, errors.retryHint(reply.headers()), true, null);
		}
		return new ApiException(withAdvice(what, request, status), status);
	}

	private String withAdvice(String what, ApiRequest request, int status) {
		String fix = (request.advice() != null ? request.advice() : advice).forStatus(status);
		return what + (fix == null ? "" : ": " + fix);
	}

	private String serverMessage(HttpReply reply) {
		String message;
		try {
			message = errors.serverMessage(ApiJson.mapper().readTree(reply.body()));
		}
		catch (JacksonException ex) {
			// not JSON: no server message to show
			message = null;
		}
		if (message == null || message.isBlank()) {
			return "";
		}
		// redacted before it is shortened, so that no cut-off part of a secret remains
		String redacted = redactor.redact(message);
		return " (server says: " + (redacted.length() > MAX_SERVER_MESSAGE
				? redacted.substring(0, MAX_SERVER_MESSAGE) + "…" : redacted) + ")";
	}

}
