package com.msprecon.psa.connectwise;

import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.BillingMode;
import com.msprecon.psa.AgreementStatus;
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
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ConnectWisePsaSourceTests {

	private final FakeConnectWise connectWise = new FakeConnectWise();

	private final FakeHttpServer server = new FakeHttpServer(connectWise);

	private final FakeTime time = new FakeTime();

	ConnectWisePsaSourceTests() {
		connectWise.baseUrl = server.baseUrl();
		for (int i = 1; i <= 5; i++) {
			connectWise.company(100 + i, "CO" + i, "Company " + i, i == 5 ? "Inactive" : "Active");
		}
		connectWise.agreement(201, 101, "MSA 1", "Active")
			.agreement(202, 102, "MSA 2", "Cancelled")
			.agreement(203, 103, "MSA 3", "Active")
			.agreement(204, 104, "MSA 4", "Active");
		connectWise.addition(301, 201, "MC-SEG-USER", "40.0")
			.addition(302, 201, "MC-ARCHIVE", "40")
			.addition(303, 201, "OTHER", "1")
			.addition(304, 202, "MC-SEG-USER", "5")
			.addition(305, 203, "MC-SEG-USER", "7")
			.addition(306, 204, "MC-SEG-USER", "12")
			.addition(307, 204, "MC-ARCHIVE", "12");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private ConnectWisePsaSource source(String privateKey, boolean forwardOnly, int maxPages) {
		// pages of 2 records so that every listing pages
		return new ConnectWisePsaSource(new ConnectWiseProperties(server.baseUrl() + FakeConnectWise.PREFIX,
				FakeConnectWise.COMPANY, FakeConnectWise.PUBLIC_KEY, privateKey, FakeConnectWise.CLIENT_ID, 2,
				forwardOnly, "", "agreementStatus=\"Active\"", "",
				new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofSeconds(1),
						Duration.ofMinutes(2), 0, maxPages)),
				time.httpTime());
	}

	private ConnectWisePsaSource source() {
		return source(FakeConnectWise.PRIVATE_KEY, false, 20);
	}

	private static Predicate<Request> companiesPage(String page) {
		return request -> request.path().endsWith("/company/companies")
				&& page.equals(request.query().get("page"));
	}

	private static <T> List<T> values(List<InputRow<T>> rows) {
		return rows.stream().map(InputRow::value).toList();
	}

	@Test
	void readsCompaniesPageByPageFollowingTheLinkHeader() {
		List<InputRow<PsaCompany>> rows = ChunkedRead.all(source().companies());

		assertThat(values(rows)).extracting(PsaCompany::companyId).containsExactly("101", "102", "103", "104", "105");
		assertThat(rows.get(0).value())
			.isEqualTo(new PsaCompany("101", "CO1", "Company 1", "www.co1.example", CompanyStatus.ACTIVE));
		assertThat(rows.get(4).value().status()).isEqualTo(CompanyStatus.INACTIVE);
		assertThat(rows).extracting(InputRow::source).containsOnly("connectwise-companies");
		List<Request> requests = server.requests(FakeConnectWise.PREFIX + "/company/companies");
		assertThat(requests).hasSize(3);
		assertThat(requests.get(0).query()).containsEntry("pageSize", "2")
			.containsEntry("orderBy", "id asc")
			.containsEntry("page", "1");
		assertThat(requests.get(0).header("clientId")).isEqualTo(FakeConnectWise.CLIENT_ID);
	}

	@Test
	void readsOnlyActiveAgreementsAndTheirAdditions() {
		ConnectWisePsaSource source = source();
		List<PsaAgreement> agreements = values(ChunkedRead.all(source.agreements()));
		List<PsaAddition> additions = values(ChunkedRead.all(source.additions()));

		assertThat(agreements).containsExactly(new PsaAgreement("201", "101", "MSA 1", AgreementStatus.ACTIVE),
				new PsaAgreement("203", "103", "MSA 3", AgreementStatus.ACTIVE),
				new PsaAgreement("204", "104", "MSA 4", AgreementStatus.ACTIVE));
		assertThat(additions).extracting(PsaAddition::additionId)
			.containsExactly("301", "302", "303", "305", "306", "307");
		assertThat(additions.get(0)).isEqualTo(new PsaAddition("301", "201", "MC-SEG-USER", new BigDecimal("40.0"),
				new BigDecimal("0.0"), new BigDecimal("3.50"), new BigDecimal("2.10"), BillingMode.BILLABLE,
				LocalDate.of(2024, 1, 1), null));
		assertThat(server.requests(FakeConnectWise.PREFIX + "/finance/agreements").get(0).query().get("conditions"))
			.isEqualTo("agreementStatus=\"Active\"");
	}

	@Test
	void forwardOnlyPagingFollowsTheLinkWithPageId() {
		List<InputRow<PsaCompany>> rows = ChunkedRead.all(source(FakeConnectWise.PRIVATE_KEY, true, 20).companies());

		assertThat(values(rows)).extracting(PsaCompany::companyId).containsExactly("101", "102", "103", "104", "105");
		List<Request> requests = server.requests(FakeConnectWise.PREFIX + "/company/companies");
		assertThat(requests).allMatch(r -> "forward-only".equals(r.header("pagination-type")));
		assertThat(requests.get(1).query()).containsEntry("pageId", "102").doesNotContainKey("page");
	}

	@Test
	void rateLimited429WaitsForRetryAfterInSeconds() {
		server.failNext(companiesPage("2"), Response.json(429, "{}").with("Retry-After", "2"));

		assertThat(ChunkedRead.all(source().companies())).hasSize(5);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
	}

	@Test
	void serverErrorIsRetriedWithBackoffAndNothingIsLost() {
		server.failNext(companiesPage("2"), Response.json(500, "{\"message\":\"timeout\"}"));
		server.failNext(companiesPage("2"), Response.json(502, ""));

		assertThat(values(ChunkedRead.all(source().companies()))).extracting(PsaCompany::companyId)
			.containsExactly("101", "102", "103", "104", "105");
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
	}

	@Test
	void aLinkHeaderThatLoopsIsStopped() {
		connectWise.companyLinkLoop = true;

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("GET /company/companies")
			.hasMessageContaining("same next-page cursor twice");
	}

	@Test
	void moreThanMaxPagesIsStopped() {
		assertThatThrownBy(() -> ChunkedRead.all(source(FakeConnectWise.PRIVATE_KEY, false, 2).companies()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("more than 2 pages")
			.hasMessageContaining("recon.connectwise.http.max-pages");
	}

	@Test
	void badCredentialsSayWhichSettingsToCheckWithoutTheKey() {
		String wrongKey = "cw-WRONG-key-00000000000001";

		assertThatThrownBy(() -> ChunkedRead.all(source(wrongKey, false, 20).companies()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageContaining("recon.connectwise.private-key")
			.hasMessageNotContaining(wrongKey)
			.hasMessageNotContaining(FakeConnectWise.basicAuth(wrongKey).substring(6));
		assertThat(server.requests()).hasSize(1);
	}

	@Test
	void missingPermissionSaysWhichRoleToGrant() {
		server.failNext(companiesPage("1"), Response.json(403, "{\"code\":\"Forbidden\",\"message\":\"You do not have "
				+ "access to this resource\"}"));

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 403")
			.hasMessageContaining("You do not have access")
			.hasMessageContaining("Companies > Company Maintenance");
	}

	@Test
	void anInvalidRequestShowsTheDetailsConnectWiseGivesAndWhichSettingToFix() {
		server.failNext(companiesPage("1"), Response.json(400, "{\"code\":\"InvalidObject\",\"message\":\"The "
				+ "request is invalid\",\"errors\":[{\"code\":\"InvalidConditions\",\"message\":\"Unknown field "
				+ "'statu'\",\"resource\":\"company\",\"field\":\"conditions\"}]}"));

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 400 (server says: The request is invalid: conditions: Unknown field 'statu')")
			.hasMessageContaining("recon.connectwise.company-conditions");
		assertThat(server.requests()).hasSize(1);
	}

	@Test
	void unusableRecordsBecomeRejectsNamingTheField() {
		connectWise.addition(201, 308, "{\"id\":308,\"quantity\":3}");
		connectWise.addition(201, 309, "{\"id\":309,\"product\":{\"identifier\":\"X\"},\"quantity\":-1}");
		List<InputRow<PsaAddition>> rows = ChunkedRead.all(source().additions());

		InputRow<PsaAddition> noProduct = rows.stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
		assertThat(noProduct.reject().column()).isEqualTo("product/identifier");
		assertThat(noProduct.reject().record()).isEqualTo("{\"id\":308,\"quantity\":3}");
		InputRow<PsaAddition> negative = rows.stream().filter(r -> r.line() == 5).findFirst().orElseThrow();
		assertThat(negative.reject().reason()).contains("quantity must be a number >= 0");
		assertThat(rows).hasSize(8);
	}

	@Test
	void restartAfterAFailureOnPageKReadsExactlyTheRemainingCompanies() {
		// page 2 fails for good in the first run; chunks of 3 commit companies 101-103 only
		for (int i = 0; i < 3; i++) {
			server.failNext(companiesPage("2"), Response.json(503, ""));
		}
		ChunkedRead<PsaCompany> first = ChunkedRead.run(source().companies(), new ExecutionContext(), 3);
		assertThat(first.failure()).hasMessageContaining("HTTP 503");
		assertThat(values(first.committed())).extracting(PsaCompany::companyId).isEmpty();

		ChunkedRead<PsaCompany> rerun = ChunkedRead.run(source().companies(), first.context(), 3);
		assertThat(values(rerun.committed())).extracting(PsaCompany::companyId)
			.containsExactly("101", "102", "103", "104", "105");

		// now fail after a commit: the first chunk (101-103) is committed, page 3 (105) fails
		for (int i = 0; i < 3; i++) {
			server.failNext(companiesPage("3"), Response.json(503, ""));
		}
		ChunkedRead<PsaCompany> second = ChunkedRead.run(source().companies(), new ExecutionContext(), 3);
		assertThat(values(second.committed())).extracting(PsaCompany::companyId).containsExactly("101", "102", "103");
		ChunkedRead<PsaCompany> resumed = ChunkedRead.run(source().companies(), second.context(), 3);
		assertThat(resumed.failure()).isNull();
		assertThat(values(resumed.committed())).extracting(PsaCompany::companyId).containsExactly("104", "105");
		assertThat(resumed.committed()).extracting(InputRow::line).containsExactly(4L, 5L);
		// the resumed listing asked only for what was left
		List<Request> requests = server.requests(FakeConnectWise.PREFIX + "/company/companies");
		assertThat(requests.get(requests.size() - 1).query().get("conditions")).isEqualTo("id > 103");
	}

	@Test
	void restartInTheMiddleOfAnAgreementReadsExactlyTheRemainingAdditions() {
		ConnectWisePsaSource source = source();
		// additions of agreement 204 fail for good; chunks of 2: 301-302 and 303-305 are committed
		for (int i = 0; i < 3; i++) {
			server.failNext(request -> request.path().endsWith("/agreements/204/additions"), Response.json(500, ""));
		}
		ChunkedRead<PsaAddition> first = ChunkedRead.run(source.additions(), new ExecutionContext(), 2);
		assertThat(first.failure()).hasMessageContaining("HTTP 500");
		assertThat(values(first.committed())).extracting(PsaAddition::additionId)
			.containsExactly("301", "302", "303", "305");

		ChunkedRead<PsaAddition> rerun = ChunkedRead.run(source.additions(), first.context(), 2);
		assertThat(rerun.failure()).isNull();
		assertThat(values(rerun.committed())).extracting(PsaAddition::additionId).containsExactly("306", "307");

		// page 2 of agreement 201's additions fails: 301 and 302 (page 1) are committed, one per chunk
		for (int i = 0; i < 3; i++) {
			server.failNext(request -> request.path().endsWith("/agreements/201/additions")
					&& "2".equals(request.query().get("page")), Response.json(500, ""));
		}
		ChunkedRead<PsaAddition> midAgreement = ChunkedRead.run(source.additions(), new ExecutionContext(), 1);
		assertThat(values(midAgreement.committed())).extracting(PsaAddition::additionId).containsExactly("301", "302");
		ChunkedRead<PsaAddition> resumed = ChunkedRead.run(source.additions(), midAgreement.context(), 1);
		assertThat(values(resumed.committed())).extracting(PsaAddition::additionId)
			.containsExactly("303", "305", "306", "307");
		assertThat(resumed.committed()).extracting(InputRow::line).containsExactly(3L, 4L, 5L, 6L);
	}

}
