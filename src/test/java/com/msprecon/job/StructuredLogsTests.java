package com.msprecon.job;

import com.msprecon.support.JobTest;
import com.msprecon.run.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.msprecon.ReconApplication;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} every line the job prints is a JSON object, with the step
 * and input counts as fields of their own. The job runs as its own process, as in production: Logback is set up
 * once per JVM, so a test context cannot switch the format of the test JVM (nor should it, for the other tests).
 */
@JobTest
class StructuredLogsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> STEPS = List.of("checkRestartInputsStep", "startRunStep", "stageVendorAccountsStep",
			"stagePsaCompaniesStep", "stagePsaAgreementsStep", "stagePsaAdditionsStep", "stageUsageStep",
			"loadMappingsStep", "checkInputsStep", "linkUsageStep", "resolveAccountsStep", "reconcileCompaniesStep",
			"compareWithPreviousRunStep", "exportOutputsStep", "exportChangeOrdersStep", "deliverOutputsStep");

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void everyLineOfARunIsJsonWithTheCountsAsFields(String database, @TempDir Path tmp) throws Exception {
		boolean postgres = database.equals("PostgreSQL");
		assumeTrue(!postgres || PostgresServer.isAvailable(), "no PostgreSQL server");
		Path output = tmp.resolve("printed.txt");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
				ReconApplication.class.getName(), "asOfDate=2026-11-15",
				"--logging.structured.format.console=ecs", "--recon.input-dir=" + JobTestSupport.SMALL,
				"--recon.output-dir=" + tmp.resolve("out"), "--recon.chunk-size=2"));
		DynamicPropertyRegistry arguments = (name, value) -> command.add("--" + name + "=" + value.get());
		if (postgres) {
			TestDatabases.postgres(arguments);
		}
		else {
			TestDatabases.h2(arguments);
		}

		Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		boolean ended = job.waitFor(3, TimeUnit.MINUTES);
		if (!ended) {
			job.destroyForcibly();
		}

		String printed = Files.readString(output);
		assertThat(ended).as("the job ended; it printed:%n%s", printed).isTrue();
		assertThat(job.exitValue()).as("exit code; it printed:%n%s", printed).isEqualTo(ExitCodes.SUCCESS);
		List<JsonNode> lines = printed.lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
		assertThat(lines).as("every line is an ECS JSON object").isNotEmpty()
			.allSatisfy(l -> assertThat(l.path("ecs").path("version").isString()).isTrue());

		for (String step : STEPS) {
			JsonNode end = lines.stream()
				.filter(l -> step.equals(l.path("recon").path("step").asString()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no end line of " + step));
			assertThat(end.path("message").asString()).startsWith("Step " + step + " COMPLETED in ");
			assertThat(end.path("log").path("level").asString()).isEqualTo("INFO");
			for (String count : List.of("read", "written", "filtered", "skipped", "commits", "rollbacks",
					"duration_ms")) {
				assertThat(end.path("recon").path(count).isNumber()).as(step + " " + count).isTrue();
			}
		}
		// the hand-checked figures of the small data set: 10 vendor accounts read, 2 of them rejected
		JsonNode vendorStep = lines.stream()
			.filter(l -> "stageVendorAccountsStep".equals(l.path("recon").path("step").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(vendorStep.path("recon").path("read").asLong()).isEqualTo(10);
		// each committed chunk of 2 logs the running counts including itself: read=2, 4, ... 10
		List<String> chunks = lines.stream()
			.map(l -> l.path("message").asString())
			.filter(m -> m.startsWith("Step stageVendorAccountsStep: chunk "))
			.toList();
		assertThat(chunks).hasSize(5);
		for (int i = 0; i < chunks.size(); i++) {
			assertThat(chunks.get(i)).startsWith("Step stageVendorAccountsStep: chunk " + (i + 1) + " committed, read="
					+ 2 * (i + 1) + " ");
		}
		JsonNode accounts = lines.stream()
			.filter(l -> "mimecast-accounts.csv".equals(l.path("recon").path("input").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no input line at the end of checkInputsStep"));
		assertThat(accounts.path("recon").path("read").asLong()).isEqualTo(10);
		assertThat(accounts.path("recon").path("used").asLong()).isEqualTo(8);
		assertThat(accounts.path("recon").path("rejected").asLong()).isEqualTo(2);
	}

}
