package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.psa.connectwise.FakeConnectWise;
import com.msprecon.run.ExitCodes;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import com.msprecon.support.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * docs/rules.md R11 against a real crash: the apply command runs as a JVM of its own against PostgreSQL and the
 * fake ConnectWise, and is killed (SIGKILL) right after the PSA carried out a write and before the job heard of
 * it, once after a PATCH and once after a POST. After {@code recover} and a rerun of the same command each order
 * is APPLIED, written exactly once, and no line is duplicated.
 */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class ApplyCrashSafetyPostgresTests {

	private static final ServedPsa SERVED = new ServedPsa();

	private static final Path SMALL = Path.of("src/test/resources/data/small");

	@AfterAll
	static void closeServer() {
		SERVED.server.close();
	}

	@Test
	void anApplyKilledAfterAWriteIsSettledByTheRerunWithoutASecondWrite() throws Exception {
		FakeConnectWise psa = SERVED.reset(SMALL);
		PostgresServer.Connection.Info server = PostgresServer.info();
		String schema = TestSchemas.newName("applycrash");
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url(server, schema), server.user(),
				server.password()));
		Path work = Files.createTempDirectory("applycrash");

		assertThat(job(work, schema, "run").waitFor()).isEqualTo(ExitCodes.SUCCESS);
		long run = jdbc.queryForObject("select run_id from recon_run where job_name = 'reconciliationJob'", Long.class);
		String p = "R" + run + "/";
		Path approvals = Files.writeString(work.resolve("approvals.csv"), "order_key,decision,decided_by,note\n" + p
				+ "100/9001,APPROVE,cfo,\n" + p + "100/9002,APPROVE,cfo,\n" + p + "102/NEW:MC-SAT,APPROVE,cfo,\n");
		String[] apply = { "--recon.apply.approvals=" + approvals, "--recon.apply.mode=apply" };

		killAtWrite(psa, job(work, schema, "apply", apply), w -> w.startsWith("PATCH 9001"));
		assertThat(ledger(jdbc)).containsEntry(p + "100/9001", "IN_FLIGHT");
		assertThat(job(work, schema, "recover").waitFor()).isEqualTo(ExitCodes.SUCCESS);

		killAtWrite(psa, job(work, schema, "apply", apply), w -> w.startsWith("POST"));
		assertThat(ledger(jdbc)).containsEntry(p + "100/9001", "APPLIED").containsEntry(p + "102/NEW:MC-SAT", "IN_FLIGHT");
		assertThat(job(work, schema, "recover").waitFor()).isEqualTo(ExitCodes.SUCCESS);

		assertThat(job(work, schema, "apply", apply).waitFor()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(ledger(jdbc)).containsEntry(p + "100/9001", "APPLIED")
			.containsEntry(p + "100/9002", "APPLIED")
			.containsEntry(p + "102/NEW:MC-SAT", "APPLIED");
		assertThat(psa.writes()).as("each order written once").containsExactly("PATCH 9001 55", "PATCH 9002 55",
				"POST 502 9013 " + p + "102/NEW:MC-SAT");
		assertThat(psa.quantity(500, 9001)).isEqualByComparingTo("55");
		assertThat(psa.additionsOf(502).stream().filter(a -> a.path("serialNumber").asString().equals(p + "102/NEW:MC-SAT")))
			.as("no duplicate line").hasSize(1);
	}

	/** Starts the apply, waits until the fake carried out the chosen write, kills the JVM, then lets the fake go. */
	private static void killAtWrite(FakeConnectWise psa, JobProcess process,
			java.util.function.Predicate<String> write) throws Exception {
		CountDownLatch written = psa.pauseAfterNextWrite(write);
		try {
			assertThat(written.await(3, TimeUnit.MINUTES)).as("the write happened; log " + process.log()).isTrue();
			process.kill();
			process.waitFor();
		}
		finally {
			psa.release();
		}
	}

	private static Map<String, String> ledger(JdbcTemplate jdbc) {
		return jdbc.queryForList("select order_key, state from psa_apply_ledger where mode = 'APPLY' and apply_run_id = "
				+ "(select max(apply_run_id) from psa_apply_run where mode = 'APPLY')")
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("order_key"), r -> (String) r.get("state")));
	}

	private static JobProcess job(Path work, String schema, String command, String... extra) throws Exception {
		PostgresServer.Connection.Info server = PostgresServer.info();
		List<String> args = new ArrayList<>(List.of(command, "asOfDate=2026-11-15", "--spring.datasource.url="
				+ url(server, schema), "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password(), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema, "--recon.input-dir=" + SMALL,
				"--recon.output-dir=" + work.resolve("out"), "--recon.chunk-size=2"));
		SERVED.properties().forEach(property -> args.add("--" + property));
		args.addAll(List.of(extra));
		return JobProcess.start(Files.createTempFile(work, command, ".log"), args);
	}

	private static String url(PostgresServer.Connection.Info server, String schema) {
		return TestDatabases.withSchema(server.url(), schema);
	}

}
