package com.msprecon.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests to one API with the resilience both sources need: client-side pace, retries with backoff for
 * 429, 5xx, I/O errors, timeouts and unreadable bodies (Spring Framework's core {@link RetryTemplate}), waits
 * that honour the server's hint, and errors for everything else that say what to fix without any secret.
 */
public final class ResilientHttp {

	private static final Log log = LogFactory.getLog(ResilientHttp.class);

	/** Decimals are read as {@link java.math.BigDecimal}: prices and quantities must not pass through double. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final String apiName;

	private final String propertyPrefix;

	private final RestClient client;

	private final HttpSettings settings;

	private final HttpTime time;

	private final RateLimiter rateLimiter;

	private final ApiErrorAdvice advice;

	private final SecretRedactor redactor;

	private final RetryTemplate retryTemplate;

	/**
	 * @param apiName the API's name in messages, e.g. {@code Mimecast}
	 * @param propertyPrefix where its settings live, e.g. {@code recon.mimecast}, for messages
	 */
	public ResilientHttp(String apiName, String propertyPrefix, RestClient client, HttpSettings settings,
			HttpTime time, ApiErrorAdvice advice, SecretRedactor redactor) {
		this(apiName, propertyPrefix, client, settings, time, new RateLimiter(settings.requestsPerSecond(), time),
				advice, redactor);
	}

	private ResilientHttp(String apiName, String propertyPrefix, RestClient client, HttpSettings settings,
			HttpTime time, RateLimiter rateLimiter, ApiErrorAdvice advice, SecretRedactor redactor) {
		this.apiName = apiName;
		this.propertyPrefix = propertyPrefix;
		this.client = client;
		this.settings = settings;
		this.time = time;
		this.rateLimiter = rateLimiter;
		this.advice = advice;
		this.redactor = redactor;
		this.retryTemplate = new RetryTemplate(new RetryOnRetryableApiException(settings.maxAttempts()));
		this.retryTemplate.setRetryListener(new WaitBeforeRetry());
	}

	/** The same API (client, pace, retries) with other advice, for an endpoint whose 4xx mean something else. */
	public ResilientHttp withAdvice(ApiErrorAdvice otherAdvice) {
		return new ResilientHttp(apiName, propertyPrefix, client, settings, time, rateLimiter, otherAdvice, redactor);
	}

	/** A {@link RestClient} for {@code baseUrl} with the connect and read timeouts of the settings. */
	public static RestClient restClient(String baseUrl, HttpSettings settings) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(settings.readTimeout());
		return RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory).build();
	}

	/**
	 * Sends the request (again, when it fails in a retryable way) and parses the 2xx body as JSON; an unreadable
	 * body counts as a retryable failure.
	 */
	public JsonNode sendForJson(String description, Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
		return sendForJson(description, request, Function.identity());
	}

	/**
	 * Like {@link #sendForJson(String, Function)}, and {@code interpret} turns the JSON into the result within the
	 * same attempt, so it may throw a {@link RetryableApiException} (a body that reports a passing failure).
	 */
	public <T> T sendForJson(String description, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			Function<JsonNode, T> interpret) {
		return sendForJson(description, request, (headers, json) -> interpret.apply(json));
	}

	/** Like {@link #sendForJson(String, Function, Function)} for callers that need the headers too (paging links). */
	public <T> T sendForJson(String description, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			BiFunction<HttpHeaders, JsonNode, T> interpret) {
		return withRetries(description, () -> {
			HttpReply reply = sendOnce(description, request);
			return interpret.apply(reply.headers(), parse(description, reply));
		});
	}

	private <T> T withRetries(String description, Retryable<T> attempt) {
		try {
			return retryTemplate.execute(new Retryable<T>() {

				@Override
				public T execute() throws Throwable {
					return attempt.execute();
				}

				@Override
				public String getName() {
					return apiName + " " + description;
				}

			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException();
			if (last instanceof RetryableApiException retryable) {
				throw new ApiException(apiName + " " + description + " failed " + settings.maxAttempts()
						+ " times; last error: " + retryable.getMessage() + ". To allow more attempts raise "
						+ propertyPrefix + ".http.max-attempts", retryable.status(), retryable);
			}
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new ApiException(apiName + " " + description + " failed: " + last, 0, last);
		}
	}

	public static JsonMapper json() {
		return JSON;
	}

	private HttpReply sendOnce(String description, Function<RestClient, RestClient.RequestHeadersSpec<?>> request)
			throws InterruptedException {
		rateLimiter.acquire();
		// after a stop nothing is sent: the shutdown then waits for at most the request in flight
		time.stop().check(apiName + " " + description + " not sent");
		HttpReply reply;
		try {
			reply = request.apply(client).exchange((req, res) -> new HttpReply(res.getStatusCode().value(),
					res.getHeaders(), StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			throw new RetryableApiException(apiName + " " + description + " did not answer: " + ioReason(ex)
					+ " (check " + propertyPrefix + ".base-url and the network; timeouts are "
					+ propertyPrefix + ".http.connect-timeout=" + settings.connectTimeout() + " and "
					+ propertyPrefix + ".http.read-timeout=" + settings.readTimeout() + ")", 0, null, null);
		}
		if (reply.status() >= 200 && reply.status() < 300) {
			return reply;
		}
		throw failure(description, reply);
	}

	private JsonNode parse(String description, HttpReply reply) {
		try {
			return JSON.readTree(reply.body());
		}
		catch (JacksonException ex) {
			// the body is not shown: it may be a token response; its size and type are enough to diagnose
			throw new RetryableApiException(apiName + " " + description + " returned a body that is not valid JSON ("
					+ reply.body().length() + " characters, Content-Type "
					+ reply.headers().getContentType() + "); check that " + propertyPrefix
					+ ".base-url points at the API and not at a proxy or login page", reply.status(), null, null);
		}
	}

	private ApiException failure(String description, HttpReply reply) {
		int status = reply.status();
		String what = apiName + " " + description + " answered HTTP " + status + serverMessage(reply);
		if (status == 429) {
			return new RetryableApiException(what + " (request quota used up; lower " + propertyPrefix
					+ ".http.requests-per-second or run later)", status, ServerRetryHint.from(reply.headers()), null);
		}
		if (status >= 500 || status == 408) {
			return new RetryableApiException(what, status, ServerRetryHint.from(reply.headers()), null);
		}
		String fix = advice.forStatus(status);
		return new ApiException(what + (fix == null ? "" : ": " + fix), status);
	}

	private String serverMessage(HttpReply reply) {
		String message = null;
		try {
			JsonNode body = JSON.readTree(reply.body());
			for (String field : new String[] { "error_description", "message", "error" }) {
				if (body.path(field).isString()) {
					message = body.path(field).asString();
					break;
				}
			}
			if (message == null && body.path("fail").path(0).path("errors").path(0).path("message").isString()) {
				message = body.path("fail").path(0).path("errors").path(0).path("message").asString();
			}
		}
		catch (JacksonException ex) {
			// not JSON: no server message to show
		}
		if (message == null || message.isBlank()) {
			return "";
		}
		String shortened = message.length() > 300 ? message.substring(0, 300) + "…" : message;
		return " (server says: " + redactor.redact(shortened) + ")";
	}

	private static String ioReason(ResourceAccessException ex) {
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		String kind = cause instanceof java.net.http.HttpTimeoutException ? "timed out"
				: cause instanceof java.net.ConnectException ? "connection refused or unreachable"
						: cause instanceof IOException ? "I/O error" : "error";
		return kind + " (" + cause.getClass().getSimpleName() + ")";
	}

	private Duration waitBeforeRetry(int retry, Throwable last) {
		Duration hint = last instanceof RetryableApiException retryable ? retryable.serverHint() : null;
		Duration wait = hint != null ? hint
				: settings.initialBackoff().multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 20));
		return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
	}

	/** Retries only what may pass later; the number of attempts is bounded by the back-off. */
	private static final class RetryOnRetryableApiException implements RetryPolicy {

		private final int maxAttempts;

		RetryOnRetryableApiException(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		@Override
		public boolean shouldRetry(Throwable throwable) {
			return throwable instanceof RetryableApiException;
		}

		@Override
		public BackOff getBackOff() {
			// no delay here: the wait depends on the failure (server hint), so WaitBeforeRetry does it
			return new FixedBackOff(0, maxAttempts - 1);
		}

	}

	/**
	 * Waits before each retry through the injectable sleeper: the server's hint when it gave one, else an
	 * exponential backoff. Done in the listener because a core {@code BackOff} never sees the failure. A stop
	 * ends the wait (the sleeper wakes on the {@link StopSignal}) and gives the retry up: the wait may be longer
	 * than the shutdown timeout, and the reader turns the give-up into a stopped step.
	 */
	private final class WaitBeforeRetry implements RetryListener {

		@Override
		public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState state) {
			Throwable last = state.getLastException();
			Duration wait = waitBeforeRetry(state.getRetryCount(), last);
			log.warn(last.getMessage() + "; retry " + state.getRetryCount() + " of " + (settings.maxAttempts() - 1)
					+ " in " + wait.toMillis() + " ms");
			try {
				time.sleeper().sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ApiException(retryable.getName() + " was interrupted while waiting to retry", 0, ex);
			}
			time.stop().check(retryable.getName() + " not retried");
		}

	}

}
