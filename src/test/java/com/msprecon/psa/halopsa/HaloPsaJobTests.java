package com.msprecon.psa.halopsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.psa.DemoPsaData;
import com.msprecon.psa.PsaSourceJobRuns;
import com.msprecon.support.JobTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo MSP's PSA data served by the fake HaloPSA and the same data given as the PSA files give the same
 * reconciliation results, table by table.
 */
@JobTest
class HaloPsaJobTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	void theDemoDataThroughTheFakeHaloPsaGivesTheFileResultsAndTheApplyJobSaysItCannotWriteThere(String database)
			throws java.io.IOException {
		PsaSourceJobRuns runs = new PsaSourceJobRuns(database, dir);
		Map<String, List<Map<String, Object>>> fromFiles = runs.completed("files", runs.database("files"));

		FakeHaloPsa halo = servedDemo();
		try (FakeHttpServer server = new FakeHttpServer(halo)) {
			halo.baseUrl = server.baseUrl();
			List<String> db = runs.database("halo");
			List<String> source = List.of("--recon.psa.source=halopsa-api", "--recon.halopsa.base-url=" + server.baseUrl(),
					"--recon.halopsa.client-id=" + FakeHaloPsa.CLIENT_ID,
					"--recon.halopsa.client-secret=" + FakeHaloPsa.CLIENT_SECRET, "--recon.halopsa.page-size=20",
					"--recon.halopsa.http.requests-per-second=0");
			Map<String, List<Map<String, Object>>> fromHalo = runs.completed("halo", db, source.toArray(String[]::new));

			assertThat(fromFiles.get("recon_line")).isNotEmpty();
			for (String[] table : PsaSourceJobRuns.RESULTS) {
				assertThat(fromHalo.get(table[0])).as(table[0]).isEqualTo(fromFiles.get(table[0]));
			}
			assertThat(server.requests("/api/RecurringInvoice")).hasSizeGreaterThan(10);

			// no writer for HaloPSA yet: the apply job says so at its first order and writes nowhere
			String order = (String) fromHalo.get("psa_change_order")
				.stream()
				.filter(o -> o.get("agreement_id") != null)
				.findFirst()
				.orElseThrow()
				.get("order_key");
			Path approvals = dir.resolve("approvals.csv");
			Files.writeString(approvals, "order_key,decision,decided_by,note\n" + order + ",APPROVE,cfo@msp.example,\n");
			int requests = server.requests().size();
			List<String> apply = new java.util.ArrayList<>(source);
			apply.addAll(List.of("--recon.apply.approvals=" + approvals, "--recon.apply.mode=apply"));
			PsaSourceJobRuns.Applied refused = runs.apply("halo", db, apply.toArray(String[]::new));
			assertThat(refused.status()).isEqualTo(BatchStatus.FAILED);
			assertThat(refused.failure()).contains("cannot write to HaloPSA yet");
			assertThat(server.requests()).as("nothing read or written").hasSize(requests);
		}
	}

	/**
	 * The PSA files in Halo's shape: a client per company ({@code Inactive} and {@code Deleted} are
	 * {@code inactive}), a client contract per agreement ({@code active} when Active), and per agreement a
	 * recurring invoice whose lines are its additions, dated with {@code start_date} and {@code end_date}.
	 */
	private static FakeHaloPsa servedDemo() {
		FakeHaloPsa halo = new FakeHaloPsa();
		for (CSVRecord row : DemoPsaData.companies()) {
			ObjectNode json = object().put("id", Long.parseLong(row.get("company_id")))
				.put("name", row.get("name"))
				.put("inactive", List.of("inactive", "deleted").contains(row.get("status").toLowerCase()));
			if (!row.get("website").isEmpty()) {
				json.put("website", row.get("website"));
			}
			halo.client(json);
		}
		Map<Long, ObjectNode> invoices = new HashMap<>();
		for (CSVRecord row : DemoPsaData.agreements()) {
			long agreement = Long.parseLong(row.get("agreement_id"));
			long client = Long.parseLong(row.get("company_id"));
			halo.contract(client, object().put("id", agreement)
				.put("client_id", client)
				.put("ref", row.get("name"))
				.put("active", row.get("status").equalsIgnoreCase("Active")));
			ObjectNode invoice = object().put("id", 800_000 + agreement).put("client_id", client)
				.put("contract_id", agreement);
			invoice.putArray("lines");
			invoices.put(agreement, invoice);
			halo.invoice(client, invoice);
		}
		for (CSVRecord row : DemoPsaData.additions()) {
			ObjectNode invoice = invoices.get(Long.parseLong(row.get("agreement_id")));
			if (invoice == null) {
				continue; // an addition of an agreement the files reject: it is a reject there too
			}
			ObjectNode line = invoice.withArray("lines").addObject()
				.put("id", Long.parseLong(row.get("addition_id")))
				.put("_itemid", 1394)
				.put("item_shortdescription", row.get("product_identifier"))
				.put("qty_order", new BigDecimal(row.get("quantity")));
			for (String[] field : new String[][] { { "unit_price", "unit_price" }, { "unit_cost", "unit_cost" } }) {
				if (!row.get(field[0]).isEmpty()) {
					line.put(field[1], new BigDecimal(row.get(field[0])));
				}
			}
			if (!row.get("effective_date").isEmpty()) {
				line.put("start_date", row.get("effective_date") + "T00:00:00");
			}
			if (!row.get("cancelled_date").isEmpty()) {
				line.put("end_date", row.get("cancelled_date") + "T00:00:00");
			}
		}
		return halo;
	}

	private static ObjectNode object() {
		return ApiJson.mapper().createObjectNode();
	}

}
