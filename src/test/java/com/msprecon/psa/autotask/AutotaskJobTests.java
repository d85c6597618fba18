package com.msprecon.psa.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.psa.DemoPsaData;
import com.msprecon.psa.PsaSourceJobRuns;
import com.msprecon.support.JobTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo MSP's PSA data served by the fake Autotask API and the same data given as the PSA files give the same
 * reconciliation results, table by table; a run that would not fit in the database's hourly threshold does not
 * start, and its rerun, once the hour has room, completes with those results.
 */
@JobTest
class AutotaskJobTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	void theDemoDataThroughTheFakeAutotaskGivesTheFileResultsAndARunThatWouldNotFitWaitsForRoom(String database) {
		PsaSourceJobRuns runs = new PsaSourceJobRuns(database, dir);
		Map<String, List<Map<String, Object>>> fromFiles = runs.completed("files", runs.database("files"));

		FakeAutotask autotask = servedDemo();
		try (FakeHttpServer server = new FakeHttpServer(autotask)) {
			autotask.baseUrl = server.baseUrl();
			String[] arguments = arguments(server);
			List<String> db = runs.database("autotask");

			autotask.otherIntegrationsRequests = 9_490;
			PsaSourceJobRuns.Run refused = runs.run("refused", db, arguments);
			assertThat(refused.status()).isEqualTo(BatchStatus.FAILED);
			assertThat(refused.failedStep()).isEqualTo("stagePsaCompaniesStep");
			assertThat(refused.failure()).contains("recon.autotask.threshold-reserve keeps 500", "Not started");
			assertThat(server.requests()).noneMatch(r -> r.path().endsWith("/Companies/query"));

			autotask.otherIntegrationsRequests = 0;
			PsaSourceJobRuns.Run rerun = runs.run("autotask", db, arguments);
			assertThat(rerun.status()).as(rerun.failure()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(rerun.runId()).as("the refused run is resumed").isEqualTo(refused.runId());
			assertThat(fromFiles.get("recon_line")).isNotEmpty();
			for (String[] table : PsaSourceJobRuns.RESULTS) {
				assertThat(rerun.tables().get(table[0])).as(table[0]).isEqualTo(fromFiles.get(table[0]));
			}
			assertThat(server.requests()).anyMatch(r -> r.path().endsWith("/ContractServiceUnits/query/next"));
		}
	}

	/**
	 * The PSA files in Autotask's shape: a company per row (customers; {@code Inactive} and {@code Deleted} are
	 * {@code isActive: false}), a recurring-service contract per agreement (status 1 when Active), a Service
	 * per product, and per addition its contract service and its units: last month's and this month's when it is in
	 * force on the as-of date, otherwise only periods that do not cover the date.
	 */
	static FakeAutotask servedDemo() {
		FakeAutotask autotask = new FakeAutotask();
		for (CSVRecord row : DemoPsaData.companies()) {
			ObjectNode json = object().put("id", Long.parseLong(row.get("company_id")))
				.put("companyName", row.get("name"))
				.put("companyType", 1)
				.put("isActive", !List.of("inactive", "deleted").contains(row.get("status").toLowerCase()));
			putIfSet(json, "companyNumber", row.get("identifier"));
			putIfSet(json, "webAddress", row.get("website"));
			autotask.add("Companies", json);
		}
		for (CSVRecord row : DemoPsaData.agreements()) {
			autotask.add("Contracts", object().put("id", Long.parseLong(row.get("agreement_id")))
				.put("companyID", Long.parseLong(row.get("company_id")))
				.put("contractName", row.get("name"))
				.put("contractType", 7)
				.put("status", row.get("status").equalsIgnoreCase("Active") ? 1 : 0));
		}
		Map<String, Long> services = new LinkedHashMap<>();
		long unitId = 0;
		for (CSVRecord row : DemoPsaData.additions()) {
			long service = services.computeIfAbsent(row.get("product_identifier"), name -> {
				long id = 1000 + services.size();
				autotask.add("Services", object().put("id", id).put("name", name));
				return id;
			});
			boolean inForce = DemoPsaData.inForce(row, PsaSourceJobRuns.AS_OF);
			String[][] periods = inForce ? new String[][] { { "2026-10-01", "2026-10-31" }, { "2026-11-01", "2026-11-30" } }
					: !row.get("cancelled_date").isEmpty()
							&& !java.time.LocalDate.parse(row.get("cancelled_date")).isAfter(PsaSourceJobRuns.AS_OF)
									? new String[][] { { "2026-10-01", java.time.LocalDate
										.parse(row.get("cancelled_date")).minusDays(1).toString() } }
									: new String[][] { { row.get("effective_date"), "2026-12-31" } };
			autotask.add("ContractServices", object().put("id", Long.parseLong(row.get("addition_id")))
				.put("contractID", Long.parseLong(row.get("agreement_id")))
				.put("serviceID", service));
			for (int i = 0; i < periods.length; i++) {
				BigDecimal units = new BigDecimal(row.get("quantity"));
				ObjectNode json = object().put("id", ++unitId)
					.put("contractID", Long.parseLong(row.get("agreement_id")))
					.put("contractServiceID", Long.parseLong(row.get("addition_id")))
					.put("serviceID", service)
					.put("startDate", periods[i][0] + "T00:00:00")
					.put("endDate", periods[i][1] + "T00:00:00")
					// last month's units differ: only the period in force may count
					.put("units", i < periods.length - 1 ? units.add(BigDecimal.ONE) : units);
				if (!row.get("unit_price").isEmpty()) {
					json.put("price", new BigDecimal(row.get("unit_price")));
				}
				if (!row.get("unit_cost").isEmpty()) {
					json.put("cost", new BigDecimal(row.get("unit_cost")));
				}
				autotask.add("ContractServiceUnits", json);
			}
		}
		return autotask;
	}

	/** The settings that point the PSA source (and the apply job's writes) at the fake. */
	static String[] arguments(FakeHttpServer server) {
		return new String[] { "--recon.psa.source=autotask-api",
				"--recon.autotask.zone-url=" + server.baseUrl() + FakeAutotask.ZONE_PATH + "/",
				"--recon.autotask.username=" + FakeAutotask.USERNAME, "--recon.autotask.secret=" + FakeAutotask.SECRET,
				"--recon.autotask.integration-code=" + FakeAutotask.INTEGRATION_CODE, "--recon.autotask.page-size=25",
				"--recon.autotask.contracts-per-units-query=20", "--recon.autotask.http.requests-per-second=0" };
	}

	private static ObjectNode object() {
		return ApiJson.mapper().createObjectNode();
	}

	private static void putIfSet(ObjectNode json, String field, String value) {
		if (!value.isEmpty()) {
			json.put(field, value);
		}
	}

}
