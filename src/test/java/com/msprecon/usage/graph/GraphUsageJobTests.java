package com.msprecon.usage.graph;

import com.msprecon.output.OutputLayout;
import com.msprecon.support.JobTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.ReconApplication;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.run.RunKey;
import com.msprecon.vendor.mimecast.FakeMimecast;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's acceptance test, on the real job: the demo MSP's Mimecast accounts served by the fake Mimecast API
 * (which knows no actual users), the PSA from the demo files, and actual users from the fake Graph, faults
 * included (a tenant whose consent was revoked, throttling, a 5xx), give the same Sync-Up lines and
 * reconciliation results as the same counts given as a usage CSV; no secret or token appears in the logs, the
 * outputs or any table. The subclass chooses the database.
 */
@JobTest
@ExtendWith(OutputCaptureExtension.class)
abstract class GraphUsageJobTests {

	private static final Path DEMO = Path.of("jobs/demo");

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	private static final String[][] RESULTS = { { "vendor_sync_up", "account_code" },
			{ "account_resolution", "account_code" }, { "recon_line", "line_key" },
			{ "psa_change_order", "order_key" } };

	@TempDir
	Path dir;

	/** A database of its own for the run called {@code name}. */
	abstract List<String> databaseArguments(String name);

	@Test
	void syncUpLinesFromGraphEqualThoseFromTheEquivalentUsageCsvFaultsIncluded(CapturedOutput output)
			throws Exception {
		FakeMimecast mimecast = new FakeMimecast();
		FakeGraph graph = new FakeGraph();
		graph.usersPerPage = 20;
		List<String> codes = new ArrayList<>();
		StringBuilder usageCsv = new StringBuilder("account_code,actual_users\n");
		StringBuilder tenantMap = new StringBuilder("vendor_account_code,tenant_id\n");
		String revokedAccount = null;
		String revokedTenant = null;
		int linkedByDomain = 0;
		int index = 0;
		for (CSVRecord row : demoAccounts()) {
			if (!row.get("user_count").matches("\\d+")) {
				continue; // the file source rejects it; left out, it reaches neither run
			}
			String code = row.get("account_code");
			List<String> domains = list(row.get("domains"));
			mimecast.account(code, row.get("account_name"), Integer.parseInt(row.get("user_count")),
					list(row.get("packages")), domains);
			codes.add(code);
			if (row.get("actual_users").isEmpty()) {
				continue; // no tenant: in both runs the account's actual users stay unknown
			}
			int users = Integer.parseInt(row.get("actual_users"));
			String tenant = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString();
			FakeGraph.Tenant fake = graph.tenant(tenant, row.get("account_name"));
			// a third of the users hold both counted licences, one only Business Premium, the rest only E3
			int both = users / 3;
			int premiumOnly = users - both > 0 ? 1 : 0;
			fake.users(both, "SPE_E3", "O365_BUSINESS_PREMIUM")
				.users(premiumOnly, "O365_BUSINESS_PREMIUM")
				.users(users - both - premiumOnly, "SPE_E3")
				.users(3)
				.domain(code.toLowerCase() + ".onmicrosoft.com", true);
			index++;
			if (!domains.isEmpty() && index % 2 == 0) {
				domains.forEach(d -> fake.domain(d, true)); // linked by its verified domain
				usageCsv.append(code).append(',').append(users).append('\n');
				linkedByDomain++;
				continue;
			}
			tenantMap.append(code).append(',').append(tenant).append('\n');
			if (revokedAccount == null && users != Integer.parseInt(row.get("user_count"))) {
				// consent withdrawn: no count, so no Sync-Up line, and the CSV has no row either
				fake.revoked();
				revokedAccount = code;
				revokedTenant = tenant;
				continue;
			}
			usageCsv.append(code).append(',').append(users).append('\n');
		}
		assertThat(linkedByDomain).as("some tenants are linked by domain").isPositive();
		assertThat(revokedAccount).isNotNull();
		Path csv = Files.writeString(dir.resolve("actual-users.csv"), usageCsv);
		Path map = Files.writeString(dir.resolve("tenant-map.csv"), tenantMap);

		try (FakeHttpServer mimecastServer = new FakeHttpServer(mimecast);
				FakeHttpServer graphServer = new FakeHttpServer(graph)) {
			graph.baseUrl = graphServer.baseUrl();
			List<String> vendor = List.of("--recon.vendor.source=mimecast-api",
					"--recon.mimecast.base-url=" + mimecastServer.baseUrl(),
					"--recon.mimecast.client-id=" + FakeMimecast.CLIENT_ID,
					"--recon.mimecast.client-secret=" + FakeMimecast.CLIENT_SECRET,
					"--recon.mimecast.account-codes=" + String.join(",", codes),
					"--recon.mimecast.http.requests-per-second=0");

			Run fromCsv = run("csv", vendor, List.of("--recon.usage.source=file", "--recon.usage.file=" + csv));

			Predicate<Request> users = r -> r.path().equals("/v1.0/users");
			graphServer.failNext(users, Response.json(429, "{\"error\":{\"code\":\"TooManyRequests\"}}")
				.with("Retry-After", "1"));
			graphServer.failNext(r -> r.path().equals("/v1.0/domains"), Response.json(502, "{}"));
			Run fromGraph = run("graph", vendor, List.of("--recon.usage.source=microsoft-graph",
					"--recon.usage.graph.login-url=" + graphServer.baseUrl(),
					"--recon.usage.graph.base-url=" + graphServer.baseUrl(),
					"--recon.usage.graph.client-id=" + FakeGraph.CLIENT_ID,
					"--recon.usage.graph.client-secret=" + FakeGraph.CLIENT_SECRET,
					"--recon.usage.graph.skus=SPE_E3,O365_BUSINESS_PREMIUM", "--recon.usage.tenant-map=" + map,
					// the tenants not in the map are discovered as the partner's GDAP customers
					"--recon.usage.graph.partner-tenant-id=" + FakeGraph.PARTNER,
					"--recon.usage.graph.http.requests-per-second=0",
					"--recon.usage.graph.http.initial-backoff=10ms"));

			assertThat(fromCsv.tables().get("vendor_sync_up")).hasSizeGreaterThan(5);
			for (String[] table : RESULTS) {
				assertThat(fromGraph.tables().get(table[0])).as(table[0]).isEqualTo(fromCsv.tables().get(table[0]));
			}
			// the counts really came from Graph, a user with two licences counted once
			assertThat(fromGraph.usage()).filteredOn(u -> "COUNTED".equals(u.get("status")))
				.allMatch(u -> "MICROSOFT_GRAPH".equals(u.get("origin")))
				.anyMatch(u -> "DOMAIN".equals(u.get("link")))
				.anyMatch(u -> "TENANT_MAP".equals(u.get("link")))
				.anyMatch(u -> ((Number) u.get("consumed_units")).intValue() > ((Number) u.get("actual_users")).intValue());
			String revoked = revokedAccount;
			String revokedId = revokedTenant;
			assertThat(fromGraph.usage()).filteredOn(u -> revoked.equals(u.get("account_code")))
				.singleElement()
				.satisfies(u -> {
					assertThat(u.get("status")).isEqualTo("REVIEW");
					assertThat((String) u.get("note")).contains(revokedId, "HTTP 403");
				});
			assertThat(fromGraph.workbookText()).contains("Usage to Check", "MICROSOFT_GRAPH, tenant ");
			assertThat(Files.readString(fromGraph.outputs().resolve("usage.csv"))).contains(revokedAccount + ","
					+ revokedTenant + ",REVIEW");
			assertThat(graphServer.requests().stream().filter(users).filter(r -> r.header("Authorization") != null))
				.as("the throttled request was sent again").isNotEmpty();
			assertThat(output.getAll()).contains("answered HTTP 429", "answered HTTP 502");

			for (String secret : List.of(FakeGraph.CLIENT_SECRET, FakeGraph.TOKEN_PREFIX, FakeMimecast.CLIENT_SECRET)) {
				assertThat(output.getAll()).as("a secret in the logs").doesNotContain(secret);
				assertThat(fromGraph.everyTable()).as("a secret in the database").doesNotContain(secret);
				assertThat(fromGraph.outputText()).as("a secret in the outputs").doesNotContain(secret);
			}
		}
	}

	private static List<CSVRecord> demoAccounts() throws IOException {
		try (Reader in = Files.newBufferedReader(DEMO.resolve("mimecast-accounts.csv"))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	private static List<String> list(String value) {
		return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::trim).toList();
	}

	private record Run(Map<String, List<Map<String, Object>>> tables, List<Map<String, Object>> usage,
			String everyTable, Path outputs, String workbookText, String outputText) {
	}

	private Run run(String name, List<String> vendor, List<String> usage) throws IOException {
		Path out = dir.resolve("out-" + name);
		List<String> args = new ArrayList<>(List.of("--recon.runner.enabled=false", "--recon.input-dir=" + DEMO,
				"--recon.output-dir=" + out, "--logging.level.root=WARN", "--recon.chunk-size=5"));
		args.addAll(databaseArguments(name));
		args.addAll(vendor);
		args.addAll(usage);
		try (ConfigurableApplicationContext context = SpringApplication.run(ReconApplication.class,
				args.toArray(String[]::new))) {
			JobExecution execution = context.getBean(JobOperator.class)
				.start(context.getBean("reconciliationJob", Job.class), RunKey.of(AS_OF, 1).toJobParameters());
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
			List<Map<String, Object>> accountUsage = jdbc.queryForList(
					"select * from usage_account where run_id = ? order by row_key", runId);
			StringBuilder everything = new StringBuilder();
			for (String table : jdbc.queryForList("select table_name from information_schema.tables"
					+ " where lower(table_schema) = lower(current_schema())", String.class)) {
				everything.append(table).append(jdbc.queryForList("select * from " + table)).append('\n');
			}
			Path period = new OutputLayout(out).runDir(RunKey.of(AS_OF, 1), false);
			String workbook = zipText(period.resolve("change-orders-" + RunKey.of(AS_OF, 1).period() + ".xlsx"));
			StringBuilder outputs = new StringBuilder(workbook);
			try (var files = Files.list(period)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
					outputs.append(Files.readString(file));
				}
			}
			return new Run(tables, accountUsage, everything.toString(), period, workbook, outputs.toString());
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new AssertionError("the launch was refused", ex);
		}
	}

	private static String zipText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

}
