package com.msprecon.http;

import static com.msprecon.http.FakeHttpServer.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Which requests are sent again, against a fake API on loopback that creates lines (POST, not idempotent) and
 * sets their quantity (PATCH of an absolute value): a write that may have reached the server is never repeated
 * blindly.
 */
class RetryingSenderTests {

	private static final ApiName API = new ApiName("Test", "recon.test");

	private final AtomicInteger linesCreated = new AtomicInteger();

	private final AtomicInteger quantity = new AtomicInteger();

	private final FakeHttpServer server = new FakeHttpServer(this::fakeApi);

	private final FakeTime time = new FakeTime();

	@AfterEach
	void stop() {
		server.close();
	}

	private Response fakeApi(Request request) {
		if (request.method().equals("POST") && request.path().equals("/lines")) {
			return Response.json(201, "{\"id\":" + (100 + linesCreated.incrementAndGet()) + "}");
		}
		if (request.method().equals("PATCH") && request.path().equals("/lines/101")) {
			quantity.set(ApiJson.mapper().readTree(request.body()).path(0).path("value").asInt());
			return Response.json(200, "{\"id\":101,\"quantity\":" + quantity.get() + "}");
		}
		if (request.method().equals("GET") && request.path().equals("/lines")) {
			return Response.json(200, "[{\"id\":101}]");
		}
		return Response.json(404, "{\"message\":\"no such path\"}");
	}

	private RetryingSender sender(String baseUrl) {
		// a short read timeout so that the timeout tests are quick; waits go to the fake sleeper
		HttpSettings settings = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(300), 3,
				Duration.ofSeconds(1), Duration.ofMinutes(2), 0, 20);
		return new RetryingSender(API, RestClients.create(baseUrl, settings, headers -> {
		}), settings, time.httpTime(), new ReplyClassifier(API, settings, new TestErrors(), status -> null,
				new SecretRedactor(List.of())));
	}

	private JsonNode createLine(RetryingSender sender) {
		return sender.sendForJson(ApiRequest.post("POST /lines", request -> request.uri("/lines")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"product\":\"MC-SEG-USER\",\"tag\":\"recon-run-7\"}")));
	}

	private static ApiRequest setQuantity(int value) {
		return ApiRequest.patch("PATCH /lines/101", request -> request.uri("/lines/101")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[{\"op\":\"replace\",\"path\":\"quantity\",\"value\":" + value + "}]"));
	}

	private static Predicate<Request> post(String path) {
		return request -> request.method().equals("POST") && request.path().equals(path);
	}

	@Test
	void aPostWhoseResponseIsLostAfterTheServerActedIsSentOnceAndItsOutcomeIsUnknown() {
		server.loseResponseOfNext(post("/lines"));

		assertThatThrownBy(() -> createLine(sender(server.baseUrl()))).isInstanceOf(OutcomeUnknownException.class)
			.hasMessageContaining("Test POST /lines may or may not have been carried out")
			.hasMessageContaining("did not answer")
			.hasMessageContaining("look up whether it took effect");
		assertThat(server.requests("/lines")).hasSize(1);
		assertThat(linesCreated).hasValue(1);
		assertThat(time.sleeps()).isEmpty();
	}

	@Test
	void aPostThatTimesOutIsNotSentAgain() {
		server.hangNext(post("/lines"));

		assertThatThrownBy(() -> createLine(sender(server.baseUrl()))).isInstanceOf(OutcomeUnknownException.class)
			.hasMessageContaining("timed out");
		assertThat(server.requests("/lines")).hasSize(1);
	}

	@Test
	void aPostAnswered503IsNotSentAgain() {
		server.failNext(post("/lines"), Response.json(503, "{\"message\":\"overloaded\"}"));

		assertThatThrownBy(() -> createLine(sender(server.baseUrl()))).isInstanceOf(OutcomeUnknownException.class)
			.hasMessageContaining("HTTP 503 (server says: overloaded)")
			.satisfies(ex -> assertThat(((ApiException) ex).status()).isEqualTo(503));
		assertThat(server.requests("/lines")).hasSize(1);
		assertThat(time.sleeps()).isEmpty();
	}

	/** A 429 is a refusal before acting: the POST is sent again after the wait the server asked for. */
	@Test
	void aPostAnswered429IsSentAgainAfterTheWait() {
		server.failNext(post("/lines"), Response.json(429, "{}").with("Retry-After", "3"));

		JsonNode created = createLine(sender(server.baseUrl()));

		assertThat(created.path("id").asInt()).isEqualTo(101);
		assertThat(server.requests("/lines")).hasSize(2);
		assertThat(linesCreated).hasValue(1);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
	}

	/** Nothing listens: the request never left, so even a POST may be sent again, up to max-attempts. */
	@Test
	void aPostThatFindsNoServerIsSentAgainAndThenReportedAsNotSent() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		assertThatThrownBy(() -> createLine(sender("http://127.0.0.1:" + closedPort)))
			.isInstanceOf(ApiException.class)
			.isNotInstanceOf(OutcomeUnknownException.class)
			.hasMessageContaining("failed 3 times")
			.hasMessageContaining("connection refused")
			.hasMessageContaining("recon.test.http.max-attempts");
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
	}

	@Test
	void aPatchOfAnAbsoluteValueAnswered503ThenOkIsSentAgain() {
		server.failNext(path("/lines/101"), Response.json(503, "{}"));

		JsonNode line = sender(server.baseUrl()).sendForJson(setQuantity(12).idempotent());

		assertThat(line.path("quantity").asInt()).isEqualTo(12);
		assertThat(server.requests("/lines/101")).hasSize(2);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
	}

	/** A PATCH may add or append: unless declared idempotent it is treated like a POST. */
	@Test
	void aPatchNotDeclaredIdempotentIsNotSentAgainAfterA503() {
		server.failNext(path("/lines/101"), Response.json(503, "{}"));

		assertThatThrownBy(() -> sender(server.baseUrl()).sendForJson(setQuantity(12)))
			.isInstanceOf(OutcomeUnknownException.class);
		assertThat(server.requests("/lines/101")).hasSize(1);
	}

	@Test
	void aGetThatTimesOutIsSentAgainAndSucceeds() {
		server.hangNext(path("/lines"));

		JsonNode lines = sender(server.baseUrl()).sendForJson(ApiRequest.get("GET /lines", r -> r.uri("/lines")));

		assertThat(lines.path(0).path("id").asInt()).isEqualTo(101);
		assertThat(server.requests("/lines")).hasSize(2);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void aGetWhoseResponseIsLostIsSentAgain() {
		server.loseResponseOfNext(path("/lines"));

		JsonNode lines = sender(server.baseUrl()).sendForJson(ApiRequest.get("GET /lines", r -> r.uri("/lines")));

		assertThat(lines.path(0).path("id").asInt()).isEqualTo(101);
		assertThat(server.requests("/lines")).hasSize(2);
	}

	/** The API's reader says the body of a 201 reports a failure it marks retryable: it did not act, so resend. */
	@Test
	void aFailureTheApiReportsAsRetryableInASuccessIsSentAgainEvenForAPost() {
		server.failNext(post("/lines"), Response.json(201, "{\"failed\":\"busy\",\"retryable\":true}"));
		RetryingSender sender = sender(server.baseUrl());
		assertThat(createLine(sender).path("id").asInt()).isEqualTo(101);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));

		server.failNext(post("/lines"), Response.json(201, "{\"failed\":\"duplicate tag\",\"retryable\":false}"));
		assertThatThrownBy(() -> createLine(sender)).isInstanceOf(ApiException.class)
			.isNotInstanceOf(RetryableApiException.class)
			.hasMessageContaining("Test POST /lines reported a failure: duplicate tag");
		assertThat(server.requests("/lines")).hasSize(3);
	}

	/** A made-up API's error fields, so that the generic code is shown to know none of its own. */
	private static final class TestErrors implements ApiErrorReader {

		@Override
		public String serverMessage(JsonNode body) {
			return body.path("message").isString() ? body.path("message").asString() : null;
		}

		@Override
		public BodyFailure failureIn(JsonNode body) {
			return body.path("failed").isString()
					? new BodyFailure(body.path("failed").asString(), body.path("retryable").asBoolean()) : null;
		}

	}

}
