package com.msprecon.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class HttpResilienceTests {

	@Test
	void retryAfterIsReadInSecondsAndAnHttpDateIsLeftToTheBackoff() {
		HttpHeaders retryAfter = new HttpHeaders();
		retryAfter.add(HttpHeaders.RETRY_AFTER, "30");
		HttpHeaders date = new HttpHeaders();
		date.add(HttpHeaders.RETRY_AFTER, "Wed, 21 Oct 2026 07:28:00 GMT");
		HttpHeaders negative = new HttpHeaders();
		negative.add(HttpHeaders.RETRY_AFTER, "-5");

		assertThat(ServerRetryHint.retryAfter(retryAfter)).isEqualTo(Duration.ofSeconds(30));
		assertThat(ServerRetryHint.retryAfter(date)).isNull();
		assertThat(ServerRetryHint.retryAfter(negative)).isNull();
		assertThat(ServerRetryHint.retryAfter(new HttpHeaders())).isNull();
	}

	@Test
	void idempotencyFollowsTheMethodUnlessDeclared() {
		assertThat(Idempotency.of(HttpMethod.GET)).isEqualTo(Idempotency.SAFE);
		assertThat(Idempotency.of(HttpMethod.PUT)).isEqualTo(Idempotency.IDEMPOTENT);
		assertThat(Idempotency.of(HttpMethod.PATCH)).isEqualTo(Idempotency.NON_IDEMPOTENT);
		assertThat(Idempotency.of(HttpMethod.POST)).isEqualTo(Idempotency.NON_IDEMPOTENT);
		ApiRequest lookup = ApiRequest.post("POST /api/lookup", request -> request.uri("/api/lookup")).readOnly();
		assertThat(lookup.idempotency()).isEqualTo(Idempotency.SAFE);
		assertThat(lookup.method()).isEqualTo(HttpMethod.POST);
	}

	@Test
	void rateLimiterSpacesRequestsEvenly() throws InterruptedException {
		FakeTime time = new FakeTime();
		RateLimiter limiter = new RateLimiter(4, time.httpTime());
		limiter.acquire();
		limiter.acquire();
		time.advance(Duration.ofMillis(100));
		limiter.acquire();
		time.advance(Duration.ofSeconds(1));
		limiter.acquire();

		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(150));
	}

	/** The application's sleeper: a wait of an hour ends when the stop comes, and every wait after it at once. */
	@Test
	void theStopSignalEndsAWaitInProgressAndEveryWaitAfterIt() throws Exception {
		StopSignal stop = new StopSignal();
		Sleeper sleeper = stop.sleeper();
		CompletableFuture<Thread> sleeping = new CompletableFuture<>();
		CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> {
			sleeping.complete(Thread.currentThread());
			try {
				sleeper.sleep(Duration.ofHours(1));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread waiter = sleeping.get(30, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(30)).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
		assertThat(wait).isNotDone();

		stop.stop();

		// bounds for a broken build only: without the signal the wait would last an hour
		wait.get(30, TimeUnit.SECONDS);
		assertThat(stop.isStopped()).isTrue();
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> sleeper.sleep(Duration.ofHours(1)));
	}

	@Test
	void pageGuardStopsRepeatedCursorsAndTooManyPages() {
		PageGuard loop = new PageGuard("X GET /list", 10, "x.max-pages");
		loop.beforePage(null);
		loop.beforePage("a");
		assertThatThrownBy(() -> loop.beforePage("a")).hasMessageContaining("same next-page cursor twice");

		PageGuard limit = new PageGuard("X GET /list", 2, "x.max-pages");
		limit.beforePage(null);
		limit.beforePage("b");
		assertThatThrownBy(() -> limit.beforePage("c")).hasMessageContaining("more than 2 pages")
			.hasMessageContaining("x.max-pages");
	}

	@Test
	void redactorMasksEverySecretAndMaskShowsOnlyWhetherOneIsSet() {
		SecretRedactor redactor = new SecretRedactor(List.of(() -> "s3cr3t-value", () -> null));

		assertThat(redactor.redact("bad secret s3cr3t-value given")).isEqualTo("bad secret **** given");
		assertThat(SecretRedactor.mask("s3cr3t-value")).isEqualTo("****");
		assertThat(SecretRedactor.mask(null)).isEqualTo("(not set)");
	}

}
