package com.msprecon.usage.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ApiException;
import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpSettings;
import com.msprecon.input.InputRow;
import com.msprecon.usage.UsageCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** docs/rules.md §4.3 through Microsoft Graph: counting, paging, throttling, refusals, restart, no secret shown. */
class GraphUsageSourceTests {

	static final String ACME = "a0000000-0000-4000-8000-000000000001";

	static final String BETA = "b0000000-0000-4000-8000-000000000002";

	static final String GAMMA = "c0000000-0000-4000-8000-000000000003";

	private final FakeGraph graph = new FakeGraph();

	private final FakeHttpServer server = new FakeHttpServer(graph);

	private final FakeTime time = new FakeTime();

	@TempDir
	Path dir;

	private Path tenantMap;

	@BeforeEach
	void tenants() throws IOException {
		graph.baseUrl = server.baseUrl();
		// acme: 3 users with E3 only, 2 with E3 and Business Premium, 1 with Business Premium only, 4 unlicensed
		graph.tenant(ACME, "Acme Widgets").domain("acme.example", true).domain("acme-old.example", false)
			.users(3, "SPE_E3").users(2, "SPE_E3", "O365_BUSINESS_PREMIUM").users(1, "O365_BUSINESS_PREMIUM")
			.users(4).subscribed("POWER_BI_STANDARD");
		graph.tenant(BETA, "Beta Foods").domain("beta.example", true).users(5, "O365_BUSINESS_PREMIUM");
		graph.tenant(GAMMA, "Gamma Legal").domain("gamma.example", true).users(2, "EXCHANGESTANDARD");
		tenantMap = Files.writeString(dir.resolve("tenant-map.csv"),
				"vendor_account_code,tenant_id\nC1," + ACME + "\nC2," + BETA + "\nC3," + GAMMA + "\n");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private GraphProperties properties(String secret, String partner, List<String> skus) {
		HttpSettings http = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(800), 3, Duration.ofSeconds(1),
				Duration.ofMinutes(2), 0, 50);
		return new GraphProperties(server.baseUrl(), server.baseUrl(), "https://graph.microsoft.com/.default",
				FakeGraph.CLIENT_ID, secret, partner, skus, 999, Duration.ofMinutes(2), http);
	}

	private GraphUsageSource source(List<String> skus) {
		return new GraphUsageSource(properties(FakeGraph.CLIENT_SECRET, null, skus), tenantMap, time.httpTime());
	}

	private GraphUsageSource source() {
		return source(List.of("SPE_E3", "O365_BUSINESS_PREMIUM"));
	}

	private static UsageCount of(List<InputRow<UsageCount>> rows, String tenant) {
		return rows.stream().map(InputRow::value).filter(c -> c.tenantId().equals(tenant)).findFirst().orElseThrow();
	}

	@Test
	void aUserHoldingTwoCountedLicencesCountsOnceWhileConsumedUnitsCountsBoth() {
		List<InputRow<UsageCount>> rows = ChunkedRead.all(source().reader());

		assertThat(rows).allMatch(InputRow::isAccepted).hasSize(3);
		UsageCount acme = of(rows, ACME);
		assertThat(acme.actualUsers()).as("3 + 2 + 1 distinct holders").isEqualTo(6);
		assertThat(acme.consumedUnits()).as("E3 5 + Business Premium 3: the two-licence users twice").isEqualTo(8);
		assertThat(acme.skus()).containsExactlyInAnyOrder("SPE_E3", "O365_BUSINESS_PREMIUM");
		assertThat(acme.domains()).as("verified domains only").containsExactly("acme.example");
		// 10 users at 2 per page: the users of acme were read over 5 pages by @odata.nextLink
		assertThat(server.requests("/v1.0/users").stream().filter(r -> r.header("Authorization") != null)
			.filter(r -> r.query().containsKey("$skiptoken"))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(of(rows, BETA).actualUsers()).isEqualTo(5);
		assertThat(of(rows, GAMMA).actualUsers()).isNull();
		assertThat(of(rows, GAMMA).problem()).contains("none of the counted licences", "EXCHANGESTANDARD");
		// one token per tenant, asked for in that tenant
		assertThat(graph.tokensIssued()).isEqualTo(3);
		assertThat(server.requests("/" + ACME + "/oauth2/v2.0/token")).hasSize(1);
	}

	@Test
	void oneCountedLicenceIsCountedByGraphWithCountAndEventualConsistency() {
		List<InputRow<UsageCount>> rows = ChunkedRead.all(source(List.of("SPE_E3")).reader());

		assertThat(of(rows, ACME).actualUsers()).isEqualTo(5);
		Request count = server.requests("/v1.0/users").get(0);
		assertThat(count.query()).containsEntry("$count", "true").containsEntry("$top", "1");
		assertThat(count.query().get("$filter")).startsWith("assignedLicenses/any(s:s/skuId eq ");
		assertThat(count.header("ConsistencyLevel")).isEqualTo("eventual");
	}

	@Test
	void throttlingAndServerErrorsAreWaitedForAsTheServerAsksAndRetried() {
		Predicate<Request> users = r -> r.path().equals("/v1.0/users");
		server.failNext(users, Response.json(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many "
				+ "requests\"}}").with("Retry-After", "7"));
		server.failNext(r -> r.path().equals("/v1.0/domains"), Response.json(503, "{}"));

		List<InputRow<UsageCount>> rows = ChunkedRead.all(source().reader());

		assertThat(of(rows, ACME).actualUsers()).isEqualTo(6);
		assertThat(time.sleeps()).contains(Duration.ofSeconds(7), Duration.ofSeconds(1));
	}

	@Test
	void aTenantThatRevokedConsentOrNeverGaveItIsAProblemOfThatTenantNotAFailedRead() {
		graph.tenant(BETA, "Beta Foods").domain("beta.example", true).users(5, "O365_BUSINESS_PREMIUM").revoked();
		graph.tenant(GAMMA, "Gamma Legal").withoutConsent();

		List<InputRow<UsageCount>> rows = ChunkedRead.all(source().reader());

		assertThat(of(rows, ACME).actualUsers()).isEqualTo(6);
		assertThat(of(rows, BETA).actualUsers()).isNull();
		assertThat(of(rows, BETA).problem()).contains("refused", "HTTP 403", "Authorization_RequestDenied");
		assertThat(of(rows, GAMMA).problem()).contains("refused", "HTTP 400", "AADSTS700016", "consented");
	}

	@Test
	void aWrongClientSecretFailsTheReadWithAdviceAndWithoutTheSecret() {
		GraphUsageSource wrong = new GraphUsageSource(properties("wrong-secret-value-1234", null, List.of("SPE_E3")),
				tenantMap, time.httpTime());

		assertThatThrownBy(() -> ChunkedRead.all(wrong.reader())).isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageContaining("recon.usage.graph.client-secret")
			.hasMessageNotContaining("wrong-secret-value-1234");
	}

	@Test
	void aRestartResumesAfterTheLastCommittedTenantAndAsksNoCommittedTenantAgain() {
		Predicate<Request> betaToken = r -> r.path().equals("/" + BETA + "/oauth2/v2.0/token");
		for (int i = 0; i < 3; i++) {
			server.failNext(betaToken, Response.json(500, "{}"));
		}
		ChunkedRead<UsageCount> first = ChunkedRead.run(source().reader(), new ExecutionContext(), 1);
		assertThat(first.failure()).isInstanceOf(ApiException.class).hasMessageContaining("failed 3 times");
		assertThat(first.committed()).extracting(row -> row.value().tenantId()).containsExactly(ACME);

		ChunkedRead<UsageCount> rerun = ChunkedRead.run(source().reader(), first.context(), 1);
		assertThat(rerun.failure()).isNull();
		assertThat(rerun.committed()).extracting(row -> row.value().tenantId()).containsExactly(BETA, GAMMA);
		assertThat(rerun.committed()).extracting(InputRow::line).containsExactly(2L, 3L);
		assertThat(server.requests("/" + ACME + "/oauth2/v2.0/token")).hasSize(1);
	}

	@Test
	void anExpiredTokenIsReplacedOnceAndTheTenantIsStillCounted() throws Exception {
		GraphUsageReader reader = (GraphUsageReader) source().reader();
		reader.open(new ExecutionContext());
		assertThat(reader.read().value().tenantId()).isEqualTo(ACME);
		graph.expireAllTokens();
		// beta's token is new anyway; expire it after its first call too
		server.failNext(r -> r.path().equals("/v1.0/subscribedSkus"), request -> {
			graph.expireAllTokens();
			return Response.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"expired\"}}");
		});
		InputRow<UsageCount> beta = reader.read();
		assertThat(beta.value().actualUsers()).isEqualTo(5);
		assertThat(graph.tokensIssued()).isEqualTo(3);
	}

	@Test
	void tenantsAreDiscoveredFromThePartnersGdapCustomers() throws IOException {
		Files.delete(tenantMap);
		GraphUsageSource discovering = new GraphUsageSource(
				properties(FakeGraph.CLIENT_SECRET, FakeGraph.PARTNER, List.of("SPE_E3")), tenantMap, time.httpTime());

		List<InputRow<UsageCount>> rows = ChunkedRead.all(discovering.reader());

		assertThat(rows).extracting(row -> row.value().tenantId()).containsExactly(ACME, BETA, GAMMA);
		assertThat(of(rows, BETA).tenantName()).isEqualTo("Beta Foods");
		assertThat(server.requests("/v1.0/tenantRelationships/delegatedAdminCustomers")).hasSize(2);
	}

	@Test
	void aNextLinkToAnotherHostIsNotFollowedWithTheToken() {
		server.failNext(r -> r.path().equals("/v1.0/domains"), Response.json(200,
				"{\"value\":[],\"@odata.nextLink\":\"https://attacker.example/v1.0/domains?$skiptoken=1\"}"));

		assertThatThrownBy(() -> ChunkedRead.all(source().reader())).isInstanceOf(ApiException.class)
			.hasMessageContaining("another host");
	}

	@Test
	void noTenantToReadFailsWithWhatToConfigure() throws IOException {
		Files.delete(tenantMap);

		assertThatThrownBy(() -> ChunkedRead.all(source().reader())).hasMessageContaining("tenant map")
			.hasMessageContaining("recon.usage.graph.partner-tenant-id");
	}

	@Test
	void missingSettingsFailAtStartNamingThem() {
		assertThatThrownBy(() -> new GraphUsageSource(properties(null, null, List.of("SPE_E3")), tenantMap,
				time.httpTime())).hasMessageContaining("RECON_USAGE_GRAPH_CLIENT_SECRET");
		assertThatThrownBy(() -> new GraphUsageSource(properties(FakeGraph.CLIENT_SECRET, null, List.of()), tenantMap,
				time.httpTime())).hasMessageContaining("recon.usage.graph.skus");
	}

}
