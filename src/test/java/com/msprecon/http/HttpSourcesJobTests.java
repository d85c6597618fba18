package com.msprecon.http;

import com.msprecon.support.JobTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.msprecon.ReconApplication;
import com.msprecon.psa.connectwise.FakeConnectWise;
import com.msprecon.vendor.mimecast.FakeMimecast;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.run.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import com.msprecon.support.TestDatabases;
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
 * data given as the docs/rules.md §3 files produce identical reconciliation results, table by table.
 */
@JobTest
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
		use(database);
		Map<String, List<Map<String, Object>>> fromFiles = completedRun("files", databaseArguments("files"));

		try (ServedDemo apis = new ServedDemo()) {
			Map<String, List<Map<String, Object>>> fromApis = completedRun("apis", databaseArguments("apis"),
					apis.arguments());

			assertThat(fromFiles.get("recon_line")).isNotEmpty();
			for (String[] table : RESULTS) {
				assertThat(fromApis.get(table[0])).as(table[0]).isEqualTo(fromFiles.get(table[0]));
			}
			assertThat(apis.connectWiseServer.requests()).hasSizeGreaterThan(3);
		}
	}

	/**
	 * Restarts on the real steps: a request that keeps failing on a later page of either API fails the run in that
	 * source's staging step; the rerun (same parameters) stages that source again from its first page, so that one
	 * run never combines two reads of a source (docs/rules.md §1), keeps what completed steps staged, and ends with
	 * the results of the uninterrupted file run. All of it logged at DEBUG,
	 * and no secret or token reaches the logs, the output files or any table of the database.
	 */
	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	@ExtendWith(OutputCaptureExtension.class)
	void aFailureOnALaterPageFailsTheRunAndTheRerunReadsThatApiAgainWithNothingLostAndNoSecretAnywhere(String database,
			CapturedOutput output) throws Exception {
		use(database);
		Map<String, List<Map<String, Object>>> fromFiles = completedRun("files", databaseArguments("files"));

		try (ServedDemo apis = new ServedDemo()) {
			List<String> db = databaseArguments("restart");
			List<String> arguments = new ArrayList<>(apis.arguments());
			arguments.addAll(List.of("--recon.output-dir=" + dir.resolve("out-restart"), "--recon.chunk-size=10",
					"--recon.mimecast.http.max-attempts=2", "--recon.mimecast.http.initial-backoff=10ms",
					"--recon.connectwise.http.max-attempts=2", "--recon.connectwise.http.initial-backoff=10ms",
					"--logging.level.com.msprecon=DEBUG", "--logging.level.org.springframework.web.client=DEBUG"));
			String[] args = arguments.toArray(String[]::new);

			// tenants are read in account-code order; the 30th answers 500 to both attempts, after chunks 1 and 2
			// (tenants 1-20) are committed
			List<String> readOrder = new ArrayList<>(new java.util.TreeSet<>(apis.codes));
			int failing = 29;
			String tenant = readOrder.get(failing);
			Predicate<Request> tenantRequest = r -> r.path().equals("/api/account/get-account")
					&& r.body().contains("\"" + tenant + "\"");
			failBothAttempts(apis.mimecastServer, tenantRequest);
			Run first = run(db, args);
			assertFailedAt(first, "stageVendorAccountsStep");

			// the rerun gets past the tenants; page 2 of the companies answers 500 to both attempts
			Predicate<Request> companiesPage2 = r -> r.path().endsWith("/company/companies")
					&& "2".equals(r.query().get("page"));
			failBothAttempts(apis.connectWiseServer, companiesPage2);
			Run second = run(db, args);
			assertFailedAt(second, "stagePsaCompaniesStep");
			assertThat(second.runId()).as("the same run is resumed").isEqualTo(first.runId());

			Run third = run(db, args);
			assertThat(third.status()).as(third.failure()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(third.exitCode()).isEqualTo(ExitCodes.SUCCESS);
			assertThat(third.runId()).isEqualTo(first.runId());
			for (String[] table : RESULTS) {
				assertThat(third.tables().get(table[0])).as(table[0]).isEqualTo(fromFiles.get(table[0]));
			}
			assertThat(third.staged()).as("staged rows: every tenant and company once")
				.containsEntry("stg_vendor_account", (long) apis.codes.size())
				.containsEntry("stg_psa_company", (long) apis.companies);

			// the unfinished read is not resumed but read again from the start; the completed one is not read again
			for (int i = 0; i < readOrder.size(); i++) {
				String code = readOrder.get(i);
				long asked = apis.mimecastServer.requests("/api/account/get-account")
					.stream()
					.filter(r -> r.body().contains("\"" + code + "\""))
					.count();
				long expected = i < failing ? 2 : i == failing ? 3 : 1;
				assertThat(asked).as("requests for tenant %d %s", i + 1, code).isEqualTo(expected);
			}
			assertThat(apis.connectWiseServer.requests(FakeConnectWise.PREFIX + "/company/companies")
				.stream()
				.filter(r -> "1".equals(r.query().getOrDefault("page", "1"))
						&& !r.query().getOrDefault("conditions", "").contains("id >")))
				.as("the first page of companies is fetched by the run that failed on page 2 and by its rerun")
				.hasSize(2);

			// what is searched is the real thing: the DEBUG logs of all three runs, the outputs, every table
			assertThat(output.getAll()).contains("Mimecast access token obtained", "a partly read API is never resumed",
					"answered HTTP 500; retry", "Writing [").doesNotContain("Launch refused");
			assertThat(third.everyTable()).contains(tenant, "batch_step_execution");
			assertNoSecretIn("the logs", output.getAll());
			try (var files = Files.walk(dir.resolve("out-restart"))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					assertNoSecretIn(file.toString(), textOf(file));
				}
			}
			assertNoSecretIn("the database", third.everyTable());
		}
	}

	/** The run is configured for 2 attempts per request: both answer 500. */
	private static void failBothAttempts(FakeHttpServer server, Predicate<Request> request) {
		server.failNext(request, Response.json(500, "{}"));
		server.failNext(request, Response.json(500, "{}"));
	}

	private static void assertFailedAt(Run run, String step) {
		assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(run.failedStep()).isEqualTo(step);
	}

	private static final List<String> SECRETS = List.of(FakeMimecast.CLIENT_SECRET, FakeConnectWise.PRIVATE_KEY,
			"eyJhbGciOiJIUzI1NiJ9",
			FakeConnectWise.basicAuth(FakeConnectWise.PRIVATE_KEY).substring("Basic ".length()));

	private static void assertNoSecretIn(String where, String text) {
		assertThat(text).as(where).isNotEmpty();
		for (String secret : SECRETS) {
			assertThat(text).as("a secret in " + where).doesNotContain(secret);
		}
	}

	/** A file's text; for a workbook, the text of every part of the zip. */
	private static String textOf(Path file) throws IOException {
		if (!file.toString().endsWith(".xlsx")) {
			return Files.readString(file);
		}
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	private void use(String database) {
		if (database.equals("postgresql")) {
			assumeTrue(PostgresServer.isAvailable(), "no PostgreSQL server for the tests");
		}
		this.database = database;
	}

	private Map<String, List<Map<String, Object>>> completedRun(String name, List<String> db, List<String> sources) {
		List<String> args = new ArrayList<>(sources);
		args.add("--recon.output-dir=" + dir.resolve("out-" + name));
		Run run = run(db, args.toArray(String[]::new));
		assertThat(run.status()).as(name + ": " + run.failure()).isEqualTo(BatchStatus.COMPLETED);
		return run.tables();
	}

	private Map<String, List<Map<String, Object>>> completedRun(String name, List<String> db) {
		return completedRun(name, db, List.of());
	}

	/** One launch of the job in a context of its own, as {@code java -jar} would; the database outlives it. */
	private Run run(List<String> db, String... sourceArguments) {
		List<String> args = new ArrayList<>(List.of("--recon.runner.enabled=false", "--recon.input-dir=" + DEMO,
				"--logging.level.root=WARN"));
		args.addAll(db);
		args.addAll(Arrays.asList(sourceArguments));
		try (ConfigurableApplicationContext context = SpringApplication.run(ReconApplication.class,
				args.toArray(String[]::new))) {
			JobExecution execution;
			try {
				execution = context.getBean(JobOperator.class)
					.start(context.getBean("reconciliationJob", Job.class),
							com.msprecon.run.RunKey.of(AS_OF, 1).toJobParameters());
			}
			catch (Exception ex) {
				throw new AssertionError("the launch was refused", ex);
			}
			long runId = execution.getJobInstance().getInstanceId();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
			for (String[] table : RESULTS) {
				List<Map<String, Object>> rows = jdbc
					.queryForList("select * from " + table[0] + " where run_id = ? order by " + table[1], runId);
				rows.forEach(row -> row.remove("run_id"));
				tables.put(table[0], rows);
			}
			Map<String, Long> staged = new LinkedHashMap<>();
			for (String table : List.of("stg_vendor_account", "stg_psa_company")) {
				staged.put(table,
						jdbc.queryForObject("select count(*) from " + table + " where run_id = ?", Long.class, runId));
			}
			StringBuilder everything = new StringBuilder();
			for (String table : jdbc.queryForList("select table_name from information_schema.tables"
					+ " where lower(table_schema) = lower(current_schema())", String.class)) {
				everything.append(table).append(jdbc.queryForList("select * from " + table)).append('\n');
			}
			String failedStep = execution.getStepExecutions()
				.stream()
				.filter(step -> step.getStatus() == BatchStatus.FAILED)
				.map(StepExecution::getStepName)
				.findFirst()
				.orElse(null);
			return new Run(runId, execution.getStatus(), ExitCodes.of(execution.getStatus()), failedStep,
					execution.getAllFailureExceptions().toString(), tables, staged, everything.toString());
		}
	}

	private record Run(long runId, BatchStatus status, int exitCode, String failedStep, String failure,
			Map<String, List<Map<String, Object>>> tables, Map<String, Long> staged, String everyTable) {
	}

	/** The demo MSP's data (less the rows the file source rejects) served by fake Mimecast and ConnectWise APIs. */
	private final class ServedDemo implements AutoCloseable {

		final FakeHttpServer mimecastServer;

		final FakeHttpServer connectWiseServer;

		final List<String> codes = new ArrayList<>();

		final int companies;

		private final Path usageFile;

		ServedDemo() throws IOException {
			FakeMimecast mimecast = new FakeMimecast();
			StringBuilder usage = new StringBuilder("account_code,actual_users\n");
			for (CSVRecord row : csv("mimecast-accounts.csv")) {
				if (!isCount(row.get("user_count"))) {
					continue; // rejected by the file source; left out, it does not reach staging either
				}
				mimecast.account(row.get("account_code"), row.get("account_name"),
						Integer.parseInt(row.get("user_count")), list(row.get("packages")), list(row.get("domains")));
				codes.add(row.get("account_code"));
				usage.append(row.get("account_code")).append(',').append(row.get("actual_users")).append('\n');
			}
			usageFile = Files.writeString(dir.resolve("usage.csv"), usage);
			companies = (int) csv("psa-companies.csv").stream().filter(HttpSourcesJobTests::parsable).count();
			FakeConnectWise connectWise = fakeConnectWise();
			mimecastServer = new FakeHttpServer(mimecast);
			connectWiseServer = new FakeHttpServer(connectWise);
			connectWise.baseUrl = connectWiseServer.baseUrl();
		}

		List<String> arguments() {
			return List.of("--recon.vendor.source=mimecast-api",
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
		}

		@Override
		public void close() {
			mimecastServer.close();
			connectWiseServer.close();
		}

	}

	/** A database of its own for each run: an in-memory H2 database, or a new schema on the test PostgreSQL. */
	private List<String> databaseArguments(String name) {
		if (database.equals("h2")) {
			String unique = name + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
			return List.of("--spring.datasource.url=jdbc:h2:mem:http_" + unique
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		return TestDatabases.postgresArguments("http_" + name);
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
		return ApiJson.mapper().createObjectNode();
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
