package com.msprecon.vendor.mimecast;

import static com.msprecon.http.FakeHttpServer.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ApiException;
import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpSettings;
import com.msprecon.http.StopSignal;
import com.msprecon.input.InputRow;
import com.msprecon.vendor.VendorAccount;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class MimecastVendorAccountSourceTests {

	private final FakeMimecast mimecast = FakeMimecast.withThreeAccounts();

	private final FakeHttpServer server = new FakeHttpServer(mimecast);

	private final FakeTime time = new FakeTime();

	@AfterEach
	void stop() {
		server.close();
	}

	static HttpSettings fastSettings(double requestsPerSecond) {
		// short read timeout so that the timeout test is quick; waits go to the fake sleeper
		return new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(400), 3, Duration.ofSeconds(1),
				Duration.ofMinutes(2), requestsPerSecond, 20);
	}

	private MimecastVendorAccountSource source(List<String> codes) {
		return new MimecastVendorAccountSource(properties(codes, FakeMimecast.CLIENT_SECRET, 0), time.httpTime());
	}

	private MimecastProperties properties(List<String> codes, String secret, double requestsPerSecond) {
		return new MimecastProperties(server.baseUrl(), FakeMimecast.CLIENT_ID, secret, codes, 100,
				Duration.ofMinutes(2), fastSettings(requestsPerSecond));
	}

	private static List<String> codes(List<InputRow<VendorAccount>> rows) {
		return rows.stream().map(row -> row.value().accountCode()).toList();
	}

	@Test
	void readsConfiguredAccountsWhoseActualUsersComeFromTheUsageSource() {
		List<InputRow<VendorAccount>> rows = ChunkedRead.all(source(mimecast.accountCodes()).reader());

		assertThat(rows).allMatch(InputRow::isAccepted);
		assertThat(rows).extracting(InputRow::line).containsExactly(1L, 2L, 3L);
		assertThat(rows).extracting(InputRow::source).containsOnly("mimecast-api");
		assertThat(rows.get(0).value()).isEqualTo(new VendorAccount("C10AAA001", "Acme Widgets Ltd", 40,
				List.of("Email Security Cloud Gateway [1001]"), List.of("acme-widgets.example"), null));
		assertThat(rows.get(1).value().packages()).containsExactly("Email Security Cloud Gateway [1001]",
				"Archive [1053]");
		assertThat(rows.get(2).value().domains()).isEmpty();
		// one token for the whole run; the account code goes in meta.accountCode
		assertThat(mimecast.tokensIssued()).isEqualTo(1);
		assertThat(server.requests("/api/account/get-account").get(0).body())
			.contains("\"accountCode\":\"C10AAA001\"");
	}

	@Test
	void discoversTenantsThroughPagedDelegatedAccess() {
		List<InputRow<VendorAccount>> rows = ChunkedRead.all(source(List.of()).reader());

		assertThat(codes(rows)).containsExactly("C10AAA001", "C10BBB002", "C10CCC003");
		assertThat(server.requests("/api/user/get-delegated-access")).hasSize(2);
		assertThat(server.requests("/api/user/get-delegated-access").get(1).body()).contains("\"pageToken\":\"p2\"");
	}

	@Test
	void keepsTheClientSideRateLimit() {
		MimecastVendorAccountSource source = new MimecastVendorAccountSource(
				properties(mimecast.accountCodes(), FakeMimecast.CLIENT_SECRET, 2), time.httpTime());

		assertThat(ChunkedRead.all(source.reader())).hasSize(3);
		// token + 3 accounts at 2 requests/second: three waits of half a second
		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500),
				Duration.ofMillis(500));
	}

	@Test
	void rateLimited429WaitsForXRateLimitResetInMilliseconds() {
		server.failNext(path("/api/account/get-account"),
				Response.json(429, "{\"fail\":[]}").with("X-RateLimit-Reset", "1500"));

		assertThat(codes(ChunkedRead.all(source(mimecast.accountCodes()).reader()))).containsExactly("C10AAA001",
				"C10BBB002", "C10CCC003");
		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
	}

	/**
	 * SIGTERM while the job waits out a 429 whose reset is an hour away (the wait capped at max-backoff, 2 min,
	 * still longer than the shutdown timeout): the wait ends, the request is not sent again and the read ends
	 * with the exception that makes Spring Batch stop the step; the committed tenants stay committed.
	 */
	@Test
	void aStopDuringARetryWaitEndsTheWaitAndStopsTheReadWithoutRetrying() {
		server.failNext(r -> r.path().equals("/api/account/get-account") && r.body().contains("C10BBB002"),
				Response.json(429, "{\"fail\":[]}").with("X-RateLimit-Reset", "3600000"));
		StopSignal stop = new StopSignal();
		time.duringSleep(stop::stop);
		MimecastVendorAccountSource source = new MimecastVendorAccountSource(
				properties(mimecast.accountCodes(), FakeMimecast.CLIENT_SECRET, 0), time.httpTime(stop));

		ChunkedRead<VendorAccount> read = ChunkedRead.run(source.reader(), new ExecutionContext(), 1);

		assertThat(read.failure()).hasCauseInstanceOf(JobInterruptedException.class)
			.hasMessageContaining("Mimecast POST /api/account/get-account for account C10BBB002 not retried")
			.hasMessageContaining("the run is being stopped");
		assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(2));
		assertThat(server.requests("/api/account/get-account")).hasSize(2);
		assertThat(codes(read.committed())).containsExactly("C10AAA001");

		// the rerun (a new process, no stop) resumes after the committed tenant
		ChunkedRead<VendorAccount> rerun = ChunkedRead.run(source(mimecast.accountCodes()).reader(),
				read.context(), 1);
		assertThat(rerun.failure()).isNull();
		assertThat(codes(rerun.committed())).containsExactly("C10BBB002", "C10CCC003");
	}

	@Test
	void afterAStopNoRequestIsSent() {
		StopSignal stop = new StopSignal();
		stop.stop();
		MimecastVendorAccountSource source = new MimecastVendorAccountSource(
				properties(mimecast.accountCodes(), FakeMimecast.CLIENT_SECRET, 0), time.httpTime(stop));

		ChunkedRead<VendorAccount> read = ChunkedRead.run(source.reader(), new ExecutionContext(), 1);

		assertThat(read.failure()).hasMessageContaining("not sent: the run is being stopped");
		assertThat(server.requests()).isEmpty();
		assertThat(time.sleeps()).isEmpty();
	}

	@Test
	void expiredTokenMidRunIsRefreshedOnceAndNothingIsLost() throws Exception {
		MimecastAccountReader reader = (MimecastAccountReader) source(mimecast.accountCodes()).reader();
		reader.open(new ExecutionContext());
		InputRow<VendorAccount> first = reader.read();
		mimecast.expireAllTokens();
		InputRow<VendorAccount> second = reader.read();
		InputRow<VendorAccount> third = reader.read();

		assertThat(List.of(first, second, third)).extracting(row -> row.value().accountCode())
			.containsExactly("C10AAA001", "C10BBB002", "C10CCC003");
		assertThat(reader.read()).isNull();
		assertThat(mimecast.unauthorizedAnswers()).isEqualTo(1);
		assertThat(mimecast.tokensIssued()).isEqualTo(2);
	}

	@Test
	void tokenIsRenewedBeforeExpiresInRunsOut() throws Exception {
		MimecastAccountReader reader = (MimecastAccountReader) source(mimecast.accountCodes()).reader();
		reader.open(new ExecutionContext());
		reader.read();
		// 1800 s token, refreshed 120 s early
		time.advance(Duration.ofSeconds(1700));
		reader.read();

		assertThat(mimecast.tokensIssued()).isEqualTo(2);
		assertThat(mimecast.unauthorizedAnswers()).isZero();
	}

	@Test
	void retryableFailInA200IsRetried() {
		server.failNext(path("/api/account/get-account"), Response.json(200, "{\"meta\":{\"status\":200},\"data\":[],"
				+ "\"fail\":[{\"errors\":[{\"code\":\"err_busy\",\"message\":\"Try again\",\"retryable\":true}]}]}"));

		assertThat(ChunkedRead.all(source(mimecast.accountCodes()).reader())).hasSize(3);
		assertThat(server.requests("/api/account/get-account")).hasSize(4);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void nonRetryableFailInA200StopsWithTheCodeAndWhatToFix() {
		List<String> codes = List.of("C10AAA001", "C99NOPE99");

		assertThatThrownBy(() -> ChunkedRead.all(source(codes).reader())).isInstanceOf(ApiException.class)
			.hasMessageContaining("get-account for account C99NOPE99")
			.hasMessageContaining("err_account_not_found: Account not found")
			.hasMessageContaining("recon.mimecast.account-codes");
		assertThat(server.requests("/api/account/get-account")).hasSize(2);
		assertThat(time.sleeps()).isEmpty();
	}

	@Test
	void aFailMessageThatEchoesTheAccessTokenIsRedacted() {
		server.failNext(path("/api/account/get-account"), request -> Response.json(200, "{\"meta\":{\"status\":200},"
				+ "\"data\":[],\"fail\":[{\"errors\":[{\"code\":\"err_token\",\"message\":\"token "
				+ request.header("Authorization").substring("Bearer ".length()) + " not allowed\",\"retryable\":false}]}]}"));

		assertThatThrownBy(() -> ChunkedRead.all(source(mimecast.accountCodes()).reader()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("err_token: token **** not allowed")
			.hasMessageNotContaining("eyJhbGciOiJIUzI1NiJ9");
	}

	@Test
	void badCredentialsSayWhichSettingsToCheckWithoutTheSecret() {
		String wrongSecret = "mc-WRONG-secret-0000000001";
		MimecastVendorAccountSource source = new MimecastVendorAccountSource(
				properties(mimecast.accountCodes(), wrongSecret, 0), time.httpTime());

		assertThatThrownBy(() -> ChunkedRead.all(source.reader())).isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageContaining("recon.mimecast.client-secret")
			.hasMessageContaining("RECON_MIMECAST_CLIENT_SECRET")
			.hasMessageNotContaining(wrongSecret);
		// credentials refused at the token endpoint are not retried
		assertThat(server.requests("/oauth/token")).hasSize(1);
	}

	@Test
	void malformedJsonIsRetriedThenReportedClearly() {
		server.failNext(path("/api/account/get-account"), Response.json(200, "{\"meta\":{\"status\":200},\"da"));
		assertThat(ChunkedRead.all(source(mimecast.accountCodes()).reader())).hasSize(3);

		for (int i = 0; i < 3; i++) {
			server.failNext(path("/api/account/get-account"), new Response(200, java.util.Map.of("Content-Type",
					"text/html"), "<html>Sign in to the proxy</html>"));
		}
		assertThatThrownBy(() -> ChunkedRead.all(source(mimecast.accountCodes()).reader()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("failed 3 times")
			.hasMessageContaining("not valid JSON")
			.hasMessageContaining("recon.mimecast.base-url")
			.hasMessageNotContaining("Sign in");
	}

	@Test
	void aRequestThatTimesOutIsSentAgain() {
		server.hangNext(path("/api/account/get-account"));

		assertThat(codes(ChunkedRead.all(source(mimecast.accountCodes()).reader()))).containsExactly("C10AAA001",
				"C10BBB002", "C10CCC003");
		assertThat(server.requests("/api/account/get-account")).hasSize(4);
	}

	@Test
	void aDelegatedAccessPagingLoopIsStopped() {
		mimecast.delegatedLoop = true;

		assertThatThrownBy(() -> ChunkedRead.all(source(List.of()).reader())).isInstanceOf(ApiException.class)
			.hasMessageContaining("get-delegated-access")
			.hasMessageContaining("same next-page cursor twice");
	}

	@Test
	void restartAfterAFailureReadsExactlyTheRemainingAccounts() {
		mimecast.account("C10DDD004", "Delta Inc", 3, List.of(), List.of())
			.account("C10EEE005", "Echo LLC", 9, List.of(), List.of());
		MimecastVendorAccountSource source = source(mimecast.accountCodes());
		// the 4th tenant fails for good in the first run (chunks of 2: the first two are committed)
		for (int i = 0; i < 3; i++) {
			server.failNext(request -> request.body().contains("C10DDD004"), Response.json(503, "{}"));
		}

		ChunkedRead<VendorAccount> first = ChunkedRead.run(source.reader(), new ExecutionContext(), 2);
		assertThat(first.failure()).isInstanceOf(ApiException.class).hasMessageContaining("HTTP 503");
		assertThat(codes(first.committed())).containsExactly("C10AAA001", "C10BBB002");

		ChunkedRead<VendorAccount> rerun = ChunkedRead.run(source.reader(), first.context(), 2);
		assertThat(rerun.failure()).isNull();
		assertThat(codes(rerun.committed())).containsExactly("C10CCC003", "C10DDD004", "C10EEE005");
		assertThat(rerun.committed()).extracting(InputRow::line).containsExactly(3L, 4L, 5L);
		// committed tenants were not fetched again
		assertThat(server.requests("/api/account/get-account")).filteredOn(r -> r.body().contains("C10AAA001"))
			.hasSize(1);
	}

}
