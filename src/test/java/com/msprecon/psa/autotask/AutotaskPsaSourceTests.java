package com.msprecon.psa.autotask;

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
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.autotask.AutotaskProperties.ProductIdentifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class AutotaskPsaSourceTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	private final FakeAutotask autotask = new FakeAutotask();

	private final FakeHttpServer server = new FakeHttpServer(autotask);

	private final FakeTime time = new FakeTime();

	AutotaskPsaSourceTests() {
		autotask.baseUrl = server.baseUrl();
		for (int i = 1; i <= 5; i++) {
			autotask.add("Companies", "{\"id\":" + (100 + i) + ",\"companyName\":\"Company " + i
					+ "\",\"companyNumber\":\"CO" + i + "\",\"webAddress\":\"www.co" + i + ".example\",\"isActive\":"
					+ (i != 5) + ",\"companyType\":1,\"phone\":\"555\"}");
		}
		autotask.add("Companies", "{\"id\":106,\"companyName\":\"A Vendor\",\"isActive\":true,\"companyType\":3}");
		contract(201, 101, 7, 1).contract(202, 102, 7, 0).contract(203, 103, 1, 1).contract(204, 104, 7, 1);
		autotask.add("Services", "{\"id\":77,\"name\":\"MC-SEG-USER\",\"isActive\":true}");
		autotask.add("Services", "{\"id\":78,\"name\":\"MC-ARCHIVE\",\"isActive\":false}");
		// contract service 301: October's and November's units; November's are in force on the 15th
		unit(1, 201, 301, 77, "2026-10-01", "2026-10-31", 38).unit(2, 201, 301, 77, "2026-11-01", "2026-11-30", 40);
		unit(3, 201, 302, 78, "2026-11-01", "2026-11-30", 40);
		unit(4, 202, 304, 77, "2026-11-01", "2026-11-30", 5);
		// 305: a period boundary on the as-of date, the later period's units count; 306 starts next month
		unit(5, 204, 305, 77, "2026-10-16", "2026-11-15", 10).unit(6, 204, 305, 77, "2026-11-15", "2026-12-14", 12);
		unit(7, 204, 306, 77, "2026-12-01", "2026-12-31", 9);
		unit(8, 204, 307, 78, "2026-11-01", "2026-11-30", 12);
	}

	private AutotaskPsaSourceTests contract(long id, long company, int type, int status) {
		autotask.add("Contracts", "{\"id\":" + id + ",\"contractName\":\"Contract " + id + "\",\"companyID\":"
				+ company + ",\"contractType\":" + type + ",\"status\":" + status
				+ ",\"startDate\":\"2024-01-01T00:00:00\",\"endDate\":\"2027-12-31T00:00:00\"}");
		return this;
	}

	private AutotaskPsaSourceTests unit(long id, long contract, long contractService, long service, String start,
			String end, int units) {
		autotask.add("ContractServiceUnits", "{\"id\":" + id + ",\"contractID\":" + contract
				+ ",\"contractServiceID\":" + contractService + ",\"serviceID\":" + service + ",\"startDate\":\""
				+ start + "T00:00:00\",\"endDate\":\"" + end + "T00:00:00\",\"units\":" + units
				+ ",\"price\":3.50,\"cost\":2.10,\"approveAndPostDate\":null}");
		return this;
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private AutotaskProperties properties(String secret, ProductIdentifier products, int reserve, int recheck,
			int maxPages) {
		// pages of 2 records and one contract per units query, so that everything pages and batches
		return new AutotaskProperties(server.baseUrl() + FakeAutotask.ZONE_PATH + "/", "", FakeAutotask.USERNAME,
				secret, FakeAutotask.INTEGRATION_CODE, "", 2, List.of(1L), List.of(7L), List.of(1L), products, 1,
				reserve, 50, 1, recheck, new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3,
						Duration.ofSeconds(1), Duration.ofMinutes(2), 0, maxPages));
	}

	private AutotaskPsaSource source(AutotaskProperties properties) {
		return new AutotaskPsaSource(properties, () -> AS_OF, time.httpTime());
	}

	private AutotaskPsaSource source() {
		return source(properties(FakeAutotask.SECRET, ProductIdentifier.NAME, 500, 200, 20));
	}

	private static Predicate<Request> query(String entity) {
		return request -> request.path().endsWith("/V1.0/" + entity + "/query");
	}

	private static Predicate<Request> nextPage(String entity) {
		return request -> request.path().endsWith("/V1.0/" + entity + "/query/next");
	}

	private List<Request> queries(String entity) {
		return server.requests()
			.stream()
			.filter(r -> r.path().contains("/V1.0/" + entity + "/query") && !r.path().endsWith("/count"))
			.toList();
	}

	private static <T> List<T> values(List<InputRow<T>> rows) {
		return rows.stream().map(InputRow::value).toList();
	}

	@Test
	void findsTheZoneWithoutTheCredentialThenReadsCustomersPageByPage() {
		List<InputRow<PsaCompany>> rows = ChunkedRead.all(source().companies());

		assertThat(values(rows)).extracting(PsaCompany::companyId).containsExactly("101", "102", "103", "104", "105");
		assertThat(rows.get(0).value())
			.isEqualTo(new PsaCompany("101", "CO1", "Company 1", "www.co1.example", CompanyStatus.ACTIVE));
		assertThat(rows.get(4).value().status()).isEqualTo(CompanyStatus.INACTIVE);
		assertThat(rows).extracting(InputRow::source).containsOnly("autotask-companies");
		Request zone = server.requests().get(0);
		assertThat(zone.path()).isEqualTo(FakeAutotask.ZONE_PATH + "/zoneInformation");
		assertThat(zone.query()).containsEntry("user", FakeAutotask.USERNAME);
		assertThat(zone.header("Secret")).isNull();
		assertThat(zone.header("ApiIntegrationCode")).isNull();
		List<Request> pages = queries("Companies");
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0).body()).contains("\"IncludeFields\":[\"id\",\"companyName\"", "\"MaxRecords\":2",
				"{\"op\":\"in\",\"field\":\"companyType\",\"value\":[1]}");
		assertThat(pages.get(1).path()).endsWith("/query/next");
		assertThat(pages.get(1).body()).isEmpty();
		assertThat(pages.get(0).header("UserName")).isEqualTo(FakeAutotask.USERNAME);
		assertThat(server.requests().stream().filter(r -> r.path().endsWith("/zoneInformation"))).hasSize(1);
	}

	@Test
	void readsRecurringServiceContractsWithTheirStatusInTheProductsWords() {
		assertThat(values(ChunkedRead.all(source().agreements()))).containsExactly(
				new PsaAgreement("201", "101", "Contract 201", AgreementStatus.ACTIVE),
				new PsaAgreement("202", "102", "Contract 202", AgreementStatus.INACTIVE),
				new PsaAgreement("204", "104", "Contract 204", AgreementStatus.ACTIVE));
	}

	@Test
	void additionsAreTheContractServicesWithTheUnitsInForceOnTheAsOfDate() {
		List<PsaAddition> additions = values(ChunkedRead.all(source().additions()));

		assertThat(additions).extracting(PsaAddition::additionId).containsExactly("301", "302", "304", "305", "307");
		assertThat(additions.get(0)).isEqualTo(new PsaAddition("301", "201", "MC-SEG-USER", new BigDecimal("40"),
				BigDecimal.ZERO, new BigDecimal("3.50"), new BigDecimal("2.10"), null, null, null));
		assertThat(additions).filteredOn(a -> a.additionId().equals("305"))
			.extracting(PsaAddition::quantity)
			.containsExactly(new BigDecimal("12"));
		assertThat(additions.get(1).productIdentifier()).isEqualTo("MC-ARCHIVE");
		// one units query per contract (contracts-per-units-query=1), each for the date; 204's three rows page
		List<Request> units = queries("ContractServiceUnits");
		assertThat(units).hasSize(4);
		assertThat(units.get(0).body()).contains("{\"op\":\"lte\",\"field\":\"startDate\",\"value\":\"2026-11-15T00:00:00\"}",
				"{\"op\":\"gte\",\"field\":\"endDate\",\"value\":\"2026-11-15T00:00:00\"}",
				"{\"op\":\"in\",\"field\":\"contractID\",\"value\":[201]}");
	}

	@Test
	void theServiceIdNamesTheProductWhenConfigured() {
		List<PsaAddition> additions = values(ChunkedRead
			.all(source(properties(FakeAutotask.SECRET, ProductIdentifier.ID, 500, 200, 20)).additions()));

		assertThat(additions).extracting(PsaAddition::productIdentifier).containsExactly("77", "78", "77", "77", "78");
		assertThat(queries("Services")).isEmpty();
	}

	@Test
	void aRunThatWouldNotFitInTheHourlyThresholdDoesNotStart() {
		autotask.otherIntegrationsRequests = 9_490;

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("reading the companies, the contracts and the contract services")
			.hasMessageContaining("needs about")
			.hasMessageContaining("of its 10000 requests in the current hour")
			.hasMessageContaining("recon.autotask.threshold-reserve keeps 500")
			.hasMessageContaining("run again later");
		assertThat(queries("Companies")).isEmpty();

		// the same read fits once the reserve is lowered
		assertThat(ChunkedRead.all(source(properties(FakeAutotask.SECRET, ProductIdentifier.NAME, 100, 200, 20))
			.companies())).hasSize(5);
	}

	@Test
	void theThresholdIsReadUnderEitherPairOfFieldNames() {
		autotask.crossDomainFieldNames = true;
		autotask.otherIntegrationsRequests = 9_490;

		assertThatThrownBy(() -> ChunkedRead.all(source().agreements())).hasMessageContaining("needs about");
	}

	@Test
	void aBusyDatabaseIsReadAtTheSlowerPace() {
		autotask.otherIntegrationsRequests = 6_000;

		assertThat(ChunkedRead.all(source().companies())).hasSize(5);
		// past 50 %: one request a second (busy-requests-per-second=1) after the check
		assertThat(time.sleeps()).isNotEmpty().allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0);
		assertThat(time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(2_000);

		FakeTime quiet = new FakeTime();
		autotask.otherIntegrationsRequests = 0;
		assertThat(ChunkedRead.all(new AutotaskPsaSource(properties(FakeAutotask.SECRET, ProductIdentifier.NAME,
				500, 200, 20), () -> AS_OF, quiet.httpTime()).companies())).hasSize(5);
		assertThat(quiet.sleeps()).isEmpty();
	}

	@Test
	void aLongReadStopsBeforeItEatsIntoTheReserve() {
		AutotaskPsaSource source = source(properties(FakeAutotask.SECRET, ProductIdentifier.NAME, 500, 2, 20));
		server.failNext(nextPage("Companies"), request -> {
			autotask.otherIntegrationsRequests = 9_600; // another integration's burst during our read
			return autotask.apply(request);
		});

		assertThatThrownBy(() -> ChunkedRead.all(source.companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("into the 500 that recon.autotask.threshold-reserve keeps")
			.hasMessageContaining("resumes after the last committed record");
	}

	@Test
	void rateLimited429WaitsForRetryAfterAndServerErrorsAreRetried() {
		server.failNext(nextPage("Companies"),
				Response.json(429, "{\"errors\":[\"Too many requests\"]}").with("Retry-After", "3"));
		server.failNext(query("Contracts"), Response.json(500, "{\"errors\":[\"timeout\"]}"));

		assertThat(ChunkedRead.all(source().companies())).hasSize(5);
		assertThat(ChunkedRead.all(source().agreements())).hasSize(3);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
	}

	@Test
	void aRequestThatTimesOutIsSentAgain() {
		server.hangNext(nextPage("Contracts"));

		assertThat(ChunkedRead.all(source().agreements())).hasSize(3);
	}

	@Test
	void aNextPageUrlThatLoopsIsStopped() {
		autotask.pagingLoopOf = "Companies";

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("Autotask Companies query")
			.hasMessageContaining("same next-page cursor twice");
	}

	@Test
	void moreThanMaxPagesIsStopped() {
		assertThatThrownBy(() -> ChunkedRead
			.all(source(properties(FakeAutotask.SECRET, ProductIdentifier.NAME, 500, 200, 2)).companies()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("more than 2 pages")
			.hasMessageContaining("recon.autotask.http.max-pages");
	}

	@Test
	void badCredentialsSayWhichSettingsToCheckWithoutTheSecret() {
		String wrong = "at-WRONG-secret-000000000001";

		assertThatThrownBy(() -> ChunkedRead
			.all(source(properties(wrong, ProductIdentifier.NAME, 500, 200, 20)).companies()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageContaining("User is not authorized")
			.hasMessageContaining("recon.autotask.secret")
			.hasMessageNotContaining(wrong);
		// the zone lookup, then one refused request: no retry
		assertThat(server.requests()).hasSize(2);
	}

	@Test
	void anUnknownUserHasNoZoneAndTheMessageSaysSo() {
		AutotaskProperties unknown = new AutotaskProperties(server.baseUrl() + FakeAutotask.ZONE_PATH + "/", "",
				"nobody@example", FakeAutotask.SECRET, FakeAutotask.INTEGRATION_CODE, "", 2, List.of(1L), List.of(7L),
				List.of(1L), ProductIdentifier.NAME, 1, 500, 50, 1, 200,
				new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1, Duration.ofSeconds(1),
						Duration.ofMinutes(2), 0, 20));

		assertThatThrownBy(() -> ChunkedRead.all(source(unknown).companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("zoneInformation")
			.hasMessageContaining("Zone information could not be determined");
	}

	@Test
	void unusableRecordsBecomeRejectsNamingTheField() {
		unit(9, 204, 308, 99, "2026-11-01", "2026-11-30", 1);
		unit(10, 204, 309, 77, "2026-11-01", "2026-11-30", -1);
		autotask.add("Contracts", "{\"id\":205,\"companyID\":105,\"contractType\":7,\"status\":\"Active\"}");

		List<InputRow<PsaAddition>> additions = ChunkedRead.all(source().additions());
		assertThat(additions).filteredOn(r -> r.reject() != null)
			.extracting(r -> r.reject().column(), r -> r.reject().reason())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("serviceID", "serviceID 99 names no Service"),
					org.assertj.core.groups.Tuple.tuple("units", "units must be a number >= 0, was -1"));
		List<InputRow<PsaAgreement>> contracts = ChunkedRead.all(source().agreements());
		assertThat(contracts.get(3).reject().reason()).isEqualTo("status must be a picklist number, was \"Active\"");
	}

	@Test
	void restartAfterAFailureOnPageKReadsExactlyTheRemainingCompanies() {
		// page 3 (company 105) fails for good; chunks of 3 commit 101-103
		for (int i = 0; i < 3; i++) {
			server.failNext(r -> nextPage("Companies").test(r) && r.query().get("paging").equals("2"),
					Response.json(503, ""));
		}
		ChunkedRead<PsaCompany> first = ChunkedRead.run(source().companies(), new ExecutionContext(), 3);
		assertThat(first.failure()).hasMessageContaining("HTTP 503");
		assertThat(values(first.committed())).extracting(PsaCompany::companyId).containsExactly("101", "102", "103");

		ChunkedRead<PsaCompany> rerun = ChunkedRead.run(source().companies(), first.context(), 3);
		assertThat(rerun.failure()).isNull();
		assertThat(values(rerun.committed())).extracting(PsaCompany::companyId).containsExactly("104", "105");
		assertThat(rerun.committed()).extracting(InputRow::line).containsExactly(4L, 5L);
		assertThat(queries("Companies")).filteredOn(r -> r.body().contains("{\"op\":\"gt\",\"field\":\"id\",\"value\":103}"))
			.hasSize(1);
	}

	@Test
	void restartInTheMiddleOfAContractReadsExactlyTheRemainingContractServices() {
		// the units of contract 204 fail for good; chunks of 2 commit 301-302 and 304 (one row a chunk short)
		for (int i = 0; i < 3; i++) {
			server.failNext(r -> query("ContractServiceUnits").test(r) && r.body().contains("\"value\":[204]"),
					Response.json(500, ""));
		}
		ChunkedRead<PsaAddition> first = ChunkedRead.run(source().additions(), new ExecutionContext(), 2);
		assertThat(first.failure()).hasMessageContaining("HTTP 500");
		assertThat(values(first.committed())).extracting(PsaAddition::additionId).containsExactly("301", "302");

		ChunkedRead<PsaAddition> rerun = ChunkedRead.run(source().additions(), first.context(), 2);
		assertThat(rerun.failure()).isNull();
		assertThat(values(rerun.committed())).extracting(PsaAddition::additionId).containsExactly("304", "305", "307");

		// between the two rows of contract 204: 305 is committed, 307 is not
		unit(11, 204, 310, 77, "2026-11-01", "2026-11-30", 2);
		ExecutionContext midContract = new ExecutionContext();
		midContract.putLong("autotaskAdditionReader.contract.id", 204);
		midContract.putLong("autotaskAdditionReader.contract-service.id", 305);
		midContract.putLong("autotaskAdditionReader.read.count", 4);
		ChunkedRead<PsaAddition> resumed = ChunkedRead.run(source().additions(), midContract, 2);
		assertThat(values(resumed.committed())).extracting(PsaAddition::additionId).containsExactly("307", "310");
		assertThat(resumed.committed()).extracting(InputRow::line).containsExactly(5L, 6L);
		List<Request> contracts = queries("Contracts");
		assertThat(contracts.get(contracts.size() - 1).body())
			.contains("{\"op\":\"gte\",\"field\":\"id\",\"value\":204}");
	}

}
