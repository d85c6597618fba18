package com.msprecon.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
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
import org.springframework.util.StreamUtils;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Sends the requests of one API at the client-side pace, and sends a request again when it failed in a way
 * that may pass (Spring Framework's core {@link RetryTemplate}), waiting as the server asked or with an
 * exponential backoff. What may be sent again depends on the request's {@link Idempotency}: a request that is
 * not idempotent is sent again only when the server surely did not act on it; otherwise its caller gets an
 * {@link OutcomeUnknownException}. Nothing is sent or waited for once the run is being stopped.
 */
public final class RetryingSender {

	private static final Log log = LogFactory.getLog(RetryingSender.class);

	private final ApiName api;

	private final RestClient client;

	private final HttpSettings settings;

	private final HttpTime time;

	private final RateLimiter rateLimiter;

	private final ReplyClassifier replies;

	private final Map<Idempotency, RetryTemplate> retries = new EnumMap<>(Idempotency.class);

	public RetryingSender(ApiName api, RestClient client, HttpSettings settings, HttpTime time,
			ReplyClassifier replies) {
		this.api = api;
		this.client = client;
		this.settings = settings;
		this.time = time;
		this.rateLimiter = new RateLimiter(settings.requestsPerSecond(), time);
		this.replies = replies;
		WaitBeforeRetry wait = new WaitBeforeRetry();
		for (Idempotency idempotency : Idempotency.values()) {
			RetryTemplate template = new RetryTemplate(retryPolicy(idempotency, settings.maxAttempts()));
			template.setRetryListener(wait);
			retries.put(idempotency, template);
		}
	}

	/**
	 * What may be sent again for requests of this kind: failures that may pass, and for a request that is not
	 * idempotent only those after which the server surely did not act. No delay here: the wait depends on the
	 * failure (the server's hint), so {@link WaitBeforeRetry} does it.
	 */
	static RetryPolicy retryPolicy(Idempotency idempotency, int maxAttempts) {
		return RetryPolicy.builder()
			.backOff(new FixedBackOff(0, maxAttempts - 1))
			.predicate(failure -> failure instanceof RetryableApiException retryable
					&& idempotency.maySendAgainAfter(retryable))
			.build();
	}

	/** Sends the request (again, as its idempotency allows) and returns the JSON body of the success. */
	public JsonNode sendForJson(ApiRequest request) {
		return sendForJson(request, Function.identity());
	}

	/**
	 * Like {@link #sendForJson(ApiRequest)}, and {@code interpret} turns the JSON into the result within the same
	 * attempt, so it may throw a {@link RetryableApiException} (a body that reports a passing failure).
	 */
	public <T> T sendForJson(ApiRequest request, Function<JsonNode, T> interpret) {
		return sendForJson(request, (headers, json) -> interpret.apply(json));
	}

	/** Like {@link #sendForJson(ApiRequest, Function)} for callers that need the headers too (paging links). */
	public <T> T sendForJson(ApiRequest request, BiFunction<HttpHeaders, JsonNode, T> interpret) {
		try {
			return retries.get(request.idempotency()).execute(new Retryable<T>() {

				@Override
				public T execute() throws InterruptedException {
					HttpReply reply = sendOnce(request);
					return interpret.apply(reply.headers(), replies.successBody(request, reply));
				}

				@Override
				public String getName() {
					return api.of(request);
				}

			});
		}
		catch (RetryException ex) {
			throw givenUp(request, ex.getLastException());
		}
	}

	private RuntimeException givenUp(ApiRequest request, Throwable last) {
		if (last instanceof RetryableApiException retryable) {
			if (!request.idempotency().maySendAgainAfter(retryable)) {
				return new OutcomeUnknownException(api.of(request) + " may or may not have been carried out: "
						+ retryable.getMessage() + ". It was not sent again, since that could do it twice; look up "
						+ "whether it took effect before sending it again", retryable.status(), retryable);
			}
			return new ApiException(api.of(request) + " failed " + settings.maxAttempts() + " times; last error: "
					+ retryable.getMessage() + ". To allow more attempts raise " + api.property("http.max-attempts"),
					retryable.status(), retryable);
		}
		if (last instanceof RuntimeException runtime) {
			return runtime;
		}
		return new ApiException(api.of(request) + " failed: " + last, 0, last);
	}

	private HttpReply sendOnce(ApiRequest request) throws InterruptedException {
		rateLimiter.acquire();
		// after a stop nothing is sent: the shutdown then waits for at most the request in flight
		time.stop().check(api.of(request) + " not sent");
		try {
			return request.build(client)
				.exchange((req, res) -> new HttpReply(res.getStatusCode().value(), res.getHeaders(),
						StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			throw replies.noAnswer(request, ex);
		}
	}

	private Duration waitBeforeRetry(int retry, Throwable last) {
		Duration hint = last instanceof RetryableApiException retryable ? retryable.serverHint() : null;
		Duration wait = hint != null ? hint
				: settings.initialBackoff().multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 20));
		return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
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
