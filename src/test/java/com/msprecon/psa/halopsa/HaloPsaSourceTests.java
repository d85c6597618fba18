package com.msprecon.psa.halopsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
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
import com.msprecon.psa.halopsa.HaloPsaProperties.ProductIdentifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.node.ObjectNode;

class HaloPsaSourceTests {

	private final FakeHaloPsa halo = new FakeHaloPsa();

	private final FakeHttpServer server = new FakeHttpServer(halo);

	private final FakeTime time = new FakeTime();

	HaloPsaSourceTests() {
		halo.baseUrl = server.baseUrl();
		for (int i = 1; i <= 5; i++) {
			// names against the id order, so that Halo's default order differs
			halo.client(json("{\"id\":" + (100 + i) + ",\"name\":\"Client " + (char) ('F' - i) + "\",\"inactive\":"
					+ (i == 5) + ",\"website\":\"www.client" + i + ".example\"}"));
		}
		halo.contract(101, json("{\"id\":21,\"client_id\":101,\"ref\":\"MSA 101\",\"active\":true}"))
			.contract(102, json("{\"id\":22,\"client_id\":102,\"ref\":\"MSA 102\",\"active\":false}"))
			.contract(104, json("{\"id\":24,\"client_id\":104,\"ref\":\"MSA 104\",\"active\":true}"))
			.contract(104, json("{\"id\":23,\"client_id\":104,\"ref\":\"Old 104\",\"active\":true}"));
		halo.invoice(101, json("{\"id\":501,\"client_id\":101,\"contract_id\":21,\"lines\":[" + line(9003, 1394,
				"MC-SEG-USER", "40.0", null) + "," + line(9001, 1395, "MC-ARCHIVE", "40", "2026-12-01") + "]}"));
		halo.invoice(104, json("{\"id\":504,\"client_id\":104,\"contract_id\":24,\"lines\":[" + line(9011, 1394,
				"MC-SEG-USER", "12", null) + "]}"));
		halo.invoice(104, json("{\"id\":505,\"client_id\":104,\"contract_id\":23,\"lines\":[" + line(9012, 1395,
				"MC-ARCHIVE", "12", null) + "," + line(9013, 1394, "MC-SEG-USER", "3", null) + "]}"));
	}

	private static String line(long id, long item, String name, String quantity, String endDate) {
		return "{\"id\":" + id + ",\"_itemid\":" + item + ",\"item_shortdescription\":\"" + name + "\",\"qty_order\":"
				+ quantity + ",\"unit_price\":3.50,\"unit_cost\":2.10,\"recurring_invoice_quantity_type\":2,"
				+ "\"quantity_licences\":[],\"start_date\":\"2024-01-01T00:00:00\""
				+ (endDate == null ? "" : ",\"end_date\":\"" + endDate + "T00:00:00\"") + "}";
	}

	private static ObjectNode json(String json) {
		return (ObjectNode) ApiJson.mapper().readTree(json);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private HaloPsaSource source(String secret, ProductIdentifier products, int maxPages) {
		// pages of 2 clients, so that the listing pages
		return new HaloPsaSource(new HaloPsaProperties(server.baseUrl(), "", "", FakeHaloPsa.CLIENT_ID, secret, "all",
				2, Duration.ofMinutes(2), products, "start_date", "end_date", new HttpSettings(Duration.ofSeconds(2),
						Duration.ofSeconds(2), 3, Duration.ofSeconds(1), Duration.ofMinutes(2), 0, maxPages)),
				time.httpTime());
	}

	private HaloPsaSource source() {
		return source(FakeHaloPsa.CLIENT_SECRET, ProductIdentifier.NAME, 20);
	}

	private static Predicate<Request> clientsPage(String page) {
		return request -> request.path().equals("/api/Client") && page.equals(request.query().get("page_no"));
	}

	private static <T> List<T> values(List<InputRow<T>> rows) {
		return rows.stream().map(InputRow::value).toList();
	}

	@Test
	void getsATokenFromTheAuthorisationServerThenReadsEveryClientInIdOrder() {
		List<InputRow<PsaCompany>> rows = ChunkedRead.all(source().companies());

		assertThat(values(rows)).extracting(PsaCompany::companyId).containsExactly("101", "102", "103", "104", "105");
		assertThat(rows.get(0).value())
			.isEqualTo(new PsaCompany("101", null, "Client E", "www.client1.example", CompanyStatus.ACTIVE));
		assertThat(rows.get(4).value().status()).isEqualTo(CompanyStatus.INACTIVE);
		List<Request> requests = server.requests();
		assertThat(requests.get(0).path()).isEqualTo("/api/authinfo");
		assertThat(requests.get(0).header("Authorization")).isNull();
		assertThat(requests.get(1).path()).isEqualTo("/auth/token");
		assertThat(requests.get(1).query()).containsEntry("tenant", FakeHaloPsa.TENANT);
		assertThat(server.requests("/api/Client")).hasSize(3);
		assertThat(server.requests("/api/Client").get(0).query()).containsEntry("pageinate", "true")
			.containsEntry("page_size", "2")
			.containsEntry("page_no", "1")
			.containsEntry("order", "id")
			.containsEntry("includeinactive", "true");
		assertThat(halo.tokensIssued()).isEqualTo(1);
	}

	@Test
	void readsEachClientsContractsAndTheLinesOfItsRecurringInvoices() {
		HaloPsaSource source = source();
		List<PsaAgreement> agreements = values(ChunkedRead.all(source.agreements()));
		List<PsaAddition> additions = values(ChunkedRead.all(source.additions()));

		assertThat(agreements).containsExactly(new PsaAgreement("21", "101", "MSA 101", AgreementStatus.ACTIVE),
				new PsaAgreement("22", "102", "MSA 102", AgreementStatus.INACTIVE),
				new PsaAgreement("23", "104", "Old 104", AgreementStatus.ACTIVE),
				new PsaAgreement("24", "104", "MSA 104", AgreementStatus.ACTIVE));
		assertThat(additions).extracting(PsaAddition::additionId).containsExactly("9001", "9003", "9011", "9012",
				"9013");
		assertThat(additions.get(1)).isEqualTo(new PsaAddition("9003", "21", "MC-SEG-USER", new BigDecimal("40.0"),
				BigDecimal.ZERO, new BigDecimal("3.50"), new BigDecimal("2.10"), null, LocalDate.of(2024, 1, 1), null));
		assertThat(additions.get(0).cancelledDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(additions.get(3).agreementId()).isEqualTo("23");
		assertThat(server.requests("/api/RecurringInvoice").get(0).query()).containsEntry("client_id", "101")
			.containsEntry("includelines", "true");
	}

	@Test
	void theItemIdNamesTheProductWhenConfigured() {
		assertThat(values(ChunkedRead.all(source(FakeHaloPsa.CLIENT_SECRET, ProductIdentifier.ID, 20).additions())))
			.extracting(PsaAddition::productIdentifier)
			.containsExactly("1395", "1394", "1394", "1395", "1394");
	}

	@Test
	void rateLimited429WaitsForRetryAfterAndServerErrorsAreRetried() {
		server.failNext(clientsPage("2"), Response.json(429, "{\"message\":\"Too many requests\"}")
			.with("Retry-After", "5"));
		server.failNext(r -> r.path().equals("/api/ClientContract"), Response.json(503, ""));

		assertThat(ChunkedRead.all(source().companies())).hasSize(5);
		assertThat(ChunkedRead.all(source().agreements())).hasSize(4);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(1));
	}

	@Test
	void anExpiredTokenIsReplacedOnceAndNothingIsLost() {
		server.failNext(clientsPage("2"), request -> {
			halo.expireTokens();
			return halo.apply(request);
		});

		assertThat(ChunkedRead.all(source().companies())).hasSize(5);
		assertThat(halo.tokensIssued()).isEqualTo(2);
	}

	@Test
	void aRequestThatTimesOutIsSentAgain() {
		server.hangNext(r -> r.path().equals("/api/RecurringInvoice"));

		assertThat(ChunkedRead.all(source().additions())).hasSize(5);
	}

	@Test
	void badCredentialsSayWhichSettingsToCheckWithoutTheSecret() {
		String wrong = "halo-WRONG-secret-000000000001";

		assertThatThrownBy(() -> ChunkedRead.all(source(wrong, ProductIdentifier.NAME, 20).companies()))
			.isInstanceOf(ApiException.class)
			.hasMessageContaining("HTTP 401")
			.hasMessageContaining("The client credentials are invalid")
			.hasMessageContaining("recon.halopsa.client-secret")
			.hasMessageNotContaining(wrong);
		assertThat(server.requests("/api/Client")).isEmpty();
	}

	@Test
	void aServerIgnoringThePageNumberIsStopped() {
		halo.ignoresPageNo = true;

		assertThatThrownBy(() -> ChunkedRead.all(source().companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("GET /api/Client page 2")
			.hasMessageContaining("not in id order (order=id) or repeats a page");
	}

	@Test
	void moreThanMaxPagesIsStopped() {
		assertThatThrownBy(() -> ChunkedRead.all(source(FakeHaloPsa.CLIENT_SECRET, ProductIdentifier.NAME, 2)
			.companies())).isInstanceOf(ApiException.class)
			.hasMessageContaining("more than 2 pages")
			.hasMessageContaining("recon.halopsa.http.max-pages");
	}

	@Test
	void unusableRecordsBecomeRejectsNamingTheField() {
		halo.invoice(103, json("{\"id\":503,\"client_id\":103,\"lines\":[" + line(9020, 1394, "MC-SEG-USER", "1", null)
				+ "]}"));
		halo.invoice(103, json("{\"id\":506,\"client_id\":103,\"contract_id\":25,\"lines\":["
				+ line(9021, 1394, "MC-SEG-USER", "-2", null) + "]}"));

		List<InputRow<PsaAddition>> rows = ChunkedRead.all(source().additions());
		assertThat(rows).filteredOn(r -> r.reject() != null)
			.extracting(r -> r.reject().column(), r -> r.reject().reason())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("contract_id",
							"recurring invoice 503 is linked to no client contract (contract_id)"),
					org.assertj.core.groups.Tuple.tuple("qty_order", "qty_order must be a number >= 0, was -2"));
	}

	@Test
	void restartInTheMiddleOfAClientReadsExactlyTheRemainingLines() {
		// client 104's invoices fail for good; chunks of 1 commit 9001 and 9003 (client 101)
		for (int i = 0; i < 3; i++) {
			server.failNext(r -> r.path().equals("/api/RecurringInvoice") && "104".equals(r.query().get("client_id")),
					Response.json(500, ""));
		}
		ChunkedRead<PsaAddition> first = ChunkedRead.run(source().additions(), new ExecutionContext(), 1);
		assertThat(first.failure()).hasMessageContaining("HTTP 500");
		assertThat(values(first.committed())).extracting(PsaAddition::additionId).containsExactly("9001", "9003");

		ChunkedRead<PsaAddition> rerun = ChunkedRead.run(source().additions(), first.context(), 1);
		assertThat(values(rerun.committed())).extracting(PsaAddition::additionId).containsExactly("9011", "9012",
				"9013");
		assertThat(rerun.committed()).extracting(InputRow::line).containsExactly(3L, 4L, 5L);

		// between two lines of client 104: 9011 is committed
		ExecutionContext midClient = new ExecutionContext();
		midClient.putLong("haloInvoiceLineReader.client.id", 104);
		midClient.putLong("haloInvoiceLineReader.last.id", 9011);
		midClient.putLong("haloInvoiceLineReader.read.count", 3);
		ChunkedRead<PsaAddition> resumed = ChunkedRead.run(source().additions(), midClient, 2);
		assertThat(values(resumed.committed())).extracting(PsaAddition::additionId).containsExactly("9012", "9013");
		assertThat(resumed.committed()).extracting(InputRow::line).containsExactly(4L, 5L);
	}

}
