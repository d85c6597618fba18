package com.msprecon.job;

import com.msprecon.support.JobTest;
import com.msprecon.run.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import com.msprecon.support.TestSchemas;
import com.msprecon.vendor.mimecast.FakeMimecast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * SIGTERM while the job waits to retry a 429 whose reset is an hour away: with the default settings the wait
 * (max-backoff, 2 min) outlasts {@code recon.shutdown-timeout} (90 s) and the pod's grace period (120 s), so a
 * job that slept on would be SIGKILLed and its run left STARTED. It must end the wait, end the run STOPPED, and
 * the rerun must complete it, reading the API again from its first tenant (an unfinished API read is never
 * resumed, docs/rules.md §1). A separate JVM, so that the real shutdown hook runs.
 */
@JobTest
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class ShutdownDuringRetryPostgresTests {

	private static final int TENANTS = 12;

	private static final String GET_ACCOUNT = "/api/account/get-account";

	private final FakeMimecast mimecast = new FakeMimecast();

	private final FakeHttpServer server;

	private final List<String> codes = new ArrayList<>();

	private final String schema = TestSchemas.newName("stop");

	private final JdbcTemplate jdbc;

	private final Path work;

	ShutdownDuringRetryPostgresTests() throws Exception {
		for (int i = 1; i <= TENANTS; i++) {
			String code = "C20T%05d".formatted(i);
			mimecast.account(code, "Tenant " + i, 10, List.of("Email Security Cloud Gateway [1001]"),
					List.of("tenant" + i + ".example"));
			codes.add(code);
		}
		server = new FakeHttpServer(mimecast);
		PostgresServer.Connection.Info info = PostgresServer.info();
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url(info), info.user(), info.password()));
		work = Files.createTempDirectory("stop");
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void sigtermDuringARateLimitWaitStopsTheRunAndTheRerunResumesIt() throws Exception {
		// chunks of 5: tenants 1-10 are committed, the 11th answers 429 "come back in an hour"
		String waiting = codes.get(10);
		Predicate<Request> waitingTenant = r -> r.path().equals(GET_ACCOUNT) && r.body().contains("\"" + waiting + "\"");
		server.failNext(waitingTenant, Response.json(429, "{\"fail\":[]}").with("X-RateLimit-Reset", "3600000"));

		JobProcess stopping = job("run");
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> server.requests(GET_ACCOUNT).stream().anyMatch(waitingTenant));
		stopping.terminate();

		assertThat(stopping.waitFor()).as("the exit code after SIGTERM").isEqualTo(ExitCodes.TERMINATED);
		assertThat(runStatus()).as("the run is stopped, not left STARTED").isEqualTo("STOPPED");
		assertThat(lastStep()).isEqualTo("stageVendorAccountsStep STOPPED");
		assertThat(staged()).as("the committed chunks").isEqualTo(10);
		assertThat(Files.readString(stopping.log())).contains("Shutdown requested: stopping run",
				"for account " + waiting + " not retried: the run is being stopped");
		assertThat(server.requests(GET_ACCOUNT).stream().filter(waitingTenant)).as("no retry after SIGTERM").hasSize(1);

		JobProcess rerun = job("run");
		assertThat(rerun.waitFor()).as("the rerun, log " + rerun.log()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(staged()).isEqualTo(TENANTS);
		for (int i = 0; i < TENANTS; i++) {
			String code = codes.get(i);
			long asked = server.requests(GET_ACCOUNT).stream().filter(r -> r.body().contains("\"" + code + "\"")).count();
			// the stopped API read is read again from its first tenant, never resumed (docs/rules.md §1)
			assertThat(asked).as("requests for tenant %d", i + 1).isEqualTo(i <= 10 ? 2 : 1);
		}
	}

	private JobProcess job(String command) throws Exception {
		PostgresServer.Connection.Info info = PostgresServer.info();
		// default HTTP and shutdown settings: the wait is max-backoff (2 min), the shutdown timeout 90 s
		List<String> args = List.of(command, "asOfDate=2026-11-15", "--spring.datasource.url=" + url(info),
				"--spring.datasource.username=" + info.user(), "--spring.datasource.password=" + info.password(),
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
				"--recon.input-dir=jobs/demo", "--recon.output-dir=" + work.resolve("out"), "--recon.chunk-size=5",
				"--recon.vendor.source=mimecast-api", "--recon.mimecast.base-url=" + server.baseUrl(),
				"--recon.mimecast.client-id=" + FakeMimecast.CLIENT_ID,
				"--recon.mimecast.client-secret=" + FakeMimecast.CLIENT_SECRET,
				"--recon.mimecast.account-codes=" + String.join(",", codes),
				"--recon.mimecast.http.requests-per-second=0");
		return JobProcess.start(Files.createTempFile(work, command, ".log"), args);
	}

	private String runStatus() {
		return jdbc.queryForObject("select status from batch_job_execution order by job_execution_id desc limit 1",
				String.class);
	}

	/** The last step that ran, and its status. */
	private String lastStep() {
		return jdbc.queryForObject("select step_name || ' ' || status from batch_step_execution"
				+ " order by step_execution_id desc limit 1", String.class);
	}

	private long staged() {
		return jdbc.queryForObject("select count(*) from stg_vendor_account", Long.class);
	}

	private String url(PostgresServer.Connection.Info info) {
		return TestDatabases.withSchema(info.url(), schema);
	}

}
