package com.msprecon.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.msprecon.ReconApplication;
import com.msprecon.job.LaunchArguments;
import com.msprecon.job.ReconJobRunner;
import com.msprecon.psa.connectwise.FakeConnectWise;
import com.msprecon.vendor.mimecast.FakeMimecast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import com.msprecon.support.PostgresServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 4's acceptance test: the demo MSP's data served by the fake Mimecast and ConnectWise APIs and the same
 * data given as the spec §3 files produce identical reconciliation results, table by table.
 */
class HttpSourcesJobTests {

	private static final Path DEMO = Path.of("jobs/demo");

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	/** What the reconciliation decides; staging and rejects differ by design (inactive agreements not fetched). */
	private static final String[][] RESULTS = { { "recon_line", "line_key" }, { "psa_change_order", "order_key" },
			{ "account_resolution", "account_code" }, { "vendor_contribution", "account_code, product_identifier" },
			{ "vendor_sync_up", "account_code" } };

	@TempDir
	Path dir;

	private String database;

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	void theDemoDataThroughTheFakeApisGivesTheSameResultsAsThroughTheFiles(String database) throws Exception {
		if (database.equals("postgresql")) {
			assumeTrue(PostgresServer.isAvailable(), "no PostgreSQL server for the tests");
		}
		this.database = database;
		Map<String, List<Map<String, Object>>> fromFiles = runJob("files");

		FakeMimecast mimecast = new FakeMimecast();
		StringBuilder usage = new StringBuilder("account_code,actual_users\n");
		List<String> codes = new ArrayList<>();
		for (CSVRecord row : csv("mimecast-accounts.csv")) {
			if (!isCount(row.get("user_count"))) {
				continue; // rejected by the file source; left out, it does not reach staging either
			}
			mimecast.account(row.get("account_code"), row.get("account_name"), Integer.parseInt(row.get("user_count")),
					list(row.get("packages")), list(row.get("domains")));
			codes.add(row.get("account_code"));
			usage.append(row.get("account_code")).append(',').append(row.get("actual_users")).append('\n');
		}
		FakeConnectWise connectWise = fakeConnectWise();
		try (FakeHttpServer mimecastServer = new FakeHttpServer(mimecast);
				FakeHttpServer connectWiseServer = new FakeHttpServer(connectWise)) {
			connectWise.baseUrl = connectWiseServer.baseUrl();
			Path usageFile = Files.writeString(dir.resolve("usage.csv"), usage);
			Map<String, List<Map<String, Object>>> fromApis = runJob("apis", "--recon.vendor.source=mimecast-api",
					"--recon.mimecast.base-url=" + mimecastServer.baseUrl(),
					"--recon.mimecast.client-id=" + FakeMimecast.CLIENT_ID,
					"--recon.mimecast.client-secret=" + FakeMimecast.CLIENT_SECRET,
					"--recon.mimecast.account-codes=" + String.join(",", codes),
					"--recon.mimecast.http.requests-per-second=0", "--recon.vendor.usage-file=" + usageFile,
					"--recon.psa.source=connectwise-api",
					"--recon.connectwise.base-url=" + connectWiseServer.baseUrl() + FakeConnectWise.PREFIX,
					"--recon.connectwise.company-id=" + FakeConnectWise.COMPANY,
					"--recon.connectwise.public-key=" + FakeConnectWise.PUBLIC_KEY,
					"--recon.connectwise.private-key=" + FakeConnectWise.PRIVATE_KEY,
					"--recon.connectwise.client-id=" + FakeConnectWise.CLIENT_ID, "--recon.connectwise.page-size=25",
					"--recon.connectwise.http.requests-per-second=0");

			assertThat(fromFiles.get("recon_line")).isNotEmpty();
			for (String[] table : RESULTS) {
				assertThat(fromApis.get(table[0])).as(table[0]).isEqualTo(fromFiles.get(table[0]));
			}
			assertThat(connectWiseServer.requests()).hasSizeGreaterThan(3);
		}
	}

	private Map<String, List<Map<String, Object>>> runJob(String name, String... sourceArguments) throws Exception {
		List<String> args = new ArrayList<>(List.of("--recon.runner.enabled=false", "--recon.input-dir=" + DEMO,
				"--recon.output-dir=" + dir.resolve("out-" + name), "--logging.level.root=WARN"));
		args.addAll(databaseArguments(name));
		args.addAll(Arrays.asList(sourceArguments));
		try (ConfigurableApplicationContext context = SpringApplication.run(ReconApplication.class,
				args.toArray(String[]::new))) {
			JobExecution execution = context.getBean(JobOperator.class)
				.start(context.getBean("reconciliationJob", Job.class),
						ReconJobRunner.parameters(new LaunchArguments("run", AS_OF, 1, true)));
			assertThat(execution.getStatus()).as(name + ": " + execution.getAllFailureExceptions())
				.isEqualTo(BatchStatus.COMPLETED);
			long runId = execution.getJobInstance().getInstanceId();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
			for (String[] table : RESULTS) {
				List<Map<String, Object>> rows = jdbc
					.queryForList("select * from " + table[0] + " where run_id = ? order by " + table[1], runId);
				rows.forEach(row -> row.remove("run_id"));
				tables.put(table[0], rows);
			}
			return tables;
		}
	}

	/** A database of its own for each run: an in-memory H2 database, or a new schema on the test PostgreSQL. */
	private List<String> databaseArguments(String name) {
		String unique = name + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		if (database.equals("h2")) {
			return List.of("--spring.datasource.url=jdbc:h2:mem:http_" + unique
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		PostgresServer.Connection.Info server = PostgresServer.info();
		String schema = "http_" + unique;
		return List.of("--spring.datasource.url=" + server.url() + (server.url().contains("?") ? "&" : "?")
				+ "currentSchema=" + schema, "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password(), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema);
	}

	/** The demo PSA files as ConnectWise would serve them. */
	private static FakeConnectWise fakeConnectWise() throws IOException {
		FakeConnectWise connectWise = new FakeConnectWise();
		for (CSVRecord row : csv("psa-companies.csv")) {
			if (!parsable(row)) {
				continue; // rejected by the file source: left out, it does not reach staging either
			}
			ObjectNode json = object().put("id", Long.parseLong(row.get("company_id")))
				.put("identifier", row.get("identifier"))
				.put("name", row.get("name"))
				.put("deletedFlag", false);
			putIfSet(json, "website", row.get("website"));
			if (!row.get("status").isEmpty()) {
				json.putObject("status").put("id", 1).put("name", row.get("status"));
			}
			connectWise.company(json.get("id").asLong(), json.toString());
		}
		for (CSVRecord row : csv("psa-agreements.csv")) {
			if (!parsable(row)) {
				continue; // rejected by the file source: left out, it does not reach staging either
			}
			ObjectNode json = object().put("id", Long.parseLong(row.get("agreement_id")))
				.put("name", row.get("name"))
				.put("agreementStatus", row.get("status"))
				.put("cancelledFlag", false);
			json.putObject("company").put("id", Long.parseLong(row.get("company_id")));
			connectWise.agreement(json.get("id").asLong(), row.get("status"), json.toString());
		}
		for (CSVRecord row : csv("psa-additions.csv")) {
			if (!parsable(row)) {
				continue; // rejected by the file source: left out, it does not reach staging either
			}
			ObjectNode json = object().put("id", Long.parseLong(row.get("addition_id")));
			json.putObject("product").put("identifier", row.get("product_identifier"));
			json.put("quantity", new java.math.BigDecimal(row.get("quantity")));
			for (String[] field : new String[][] { { "less_included", "lessIncluded" }, { "unit_price", "unitPrice" },
					{ "unit_cost", "unitCost" } }) {
				if (!row.get(field[0]).isEmpty()) {
					json.put(field[1], new java.math.BigDecimal(row.get(field[0])));
				}
			}
			putIfSet(json, "billCustomer", row.get("bill_customer"));
			for (String[] field : new String[][] { { "effective_date", "effectiveDate" },
					{ "cancelled_date", "cancelledDate" } }) {
				putIfSet(json, field[1], row.get(field[0]).isEmpty() ? "" : row.get(field[0]) + "T00:00:00Z");
			}
			connectWise.addition(Long.parseLong(row.get("agreement_id")), json.get("id").asLong(), json.toString());
		}
		return connectWise;
	}

	/** Whether every id and number of the row parses (the demo has rows the file source must reject). */
	private static boolean parsable(CSVRecord row) {
		for (String column : List.of("company_id", "agreement_id", "addition_id", "quantity", "less_included",
				"unit_price", "unit_cost")) {
			if (row.isMapped(column) && !row.get(column).isEmpty()
					&& !row.get(column).matches("\\d+(\\.\\d+)?")) {
				return false;
			}
		}
		return true;
	}

	private static boolean isCount(String value) {
		return value.matches("\\d+");
	}

	private static ObjectNode object() {
		return ResilientHttp.json().createObjectNode();
	}

	private static void putIfSet(ObjectNode json, String field, String value) {
		if (!value.isEmpty()) {
			json.put(field, value);
		}
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static List<CSVRecord> csv(String file) throws IOException {
		String text = Files.readString(DEMO.resolve(file)).replace("\uFEFF", "");
		try (CSVParser parser = CSVParser.parse(text,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> records = parser.getRecords();
			return records;
		}
	}

}
