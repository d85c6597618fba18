package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} every log line of a run is a JSON object, and the step and
 * input counts are fields of their own; subclasses choose the database.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
abstract class StructuredLogsJobTests extends JobTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyLineOfARunIsJsonWithTheCountsAsFields(CapturedOutput output) throws Exception {
		JobExecution execution = run(LocalDate.of(2026, 11, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<JsonNode> lines = output.getOut().lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
		assertThat(lines).as("all lines are JSON objects in ECS").isNotEmpty()
			.allSatisfy(l -> assertThat(l.path("ecs").path("version").isString()).isTrue());

		for (StepExecution step : execution.getStepExecutions()) {
			JsonNode end = lines.stream()
				.filter(l -> step.getStepName().equals(l.path("recon").path("step").asString()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no end line of " + step.getStepName()));
			assertThat(end.path("message").asString()).startsWith("Step " + step.getStepName() + " COMPLETED in ");
			assertThat(end.path("log").path("level").asString()).isEqualTo("INFO");
			assertThat(end.path("recon").path("read").asLong()).isEqualTo(step.getReadCount());
			assertThat(end.path("recon").path("written").asLong()).isEqualTo(step.getWriteCount());
			assertThat(end.path("recon").path("duration_ms").isNumber()).isTrue();
		}
		// rejected records per input, at the end of checkInputsStep (hand-checked: 10 read = 8 used + 2 rejected)
		JsonNode accounts = lines.stream()
			.filter(l -> "mimecast-accounts.csv".equals(l.path("recon").path("input").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(accounts.path("recon").path("read").asLong()).isEqualTo(10);
		assertThat(accounts.path("recon").path("used").asLong()).isEqualTo(8);
		assertThat(accounts.path("recon").path("rejected").asLong()).isEqualTo(2);
	}

}
