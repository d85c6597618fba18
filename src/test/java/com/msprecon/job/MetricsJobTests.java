package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.support.FreePort;
import com.msprecon.support.PrometheusTextParser;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The push of a run's metrics (its own gauges and Spring Batch's observations, from Micrometer's Prometheus
 * registry) to a Pushgateway, here a local HTTP server that records what it receives; subclasses choose the
 * database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class MetricsJobTests extends JobTestSupport {

	/** Chosen once: the fake gateway is stopped and started on it, as a real one going down and up. */
	private static final int GATEWAY_PORT = FreePort.pick();

	@Autowired
	private PrometheusMeterRegistry meters;

	private final List<Push> pushes = new CopyOnWriteArrayList<>();

	private HttpServer gateway;

	/** Held by the fake gateway's handler while it plays a gateway that never answers. */
	private final CountDownLatch hang = new CountDownLatch(1);

	private volatile boolean hanging;

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("recon.metrics.pushgateway-url", () -> "http://127.0.0.1:" + GATEWAY_PORT + "/");
		registry.add("recon.metrics.timeout", () -> "2s");
	}

	@BeforeEach
	void startGateway() throws IOException {
		gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", GATEWAY_PORT), 0);
		gateway.createContext("/", exchange -> {
			pushes.add(new Push(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Content-Type"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			if (hanging) {
				awaitRelease();
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		gateway.start();
	}

	@AfterEach
	void stopGateway() {
		hang.countDown();
		gateway.stop(0);
	}

	@Test
	void aCompletedRunPushesItsStatusResultsAndStepFiguresInTheTextFormat() throws Exception {
		// Spring Batch's timers count every run of this context: what this run adds is the difference
		Map<String, Double> before = PrometheusTextParser.parse(meters.scrape());

		JobExecution execution = run(LocalDate.of(2026, 11, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pushes).hasSize(1);
		Push push = pushes.get(0);
		assertThat(push.method()).isEqualTo("PUT");
		assertThat(push.path()).isEqualTo("/metrics/job/licence_recon/period/2026-11");
		MediaType contentType = MediaType.parseMediaType(push.contentType());
		assertThat(contentType.getType() + "/" + contentType.getSubtype()).isEqualTo("text/plain");
		assertThat(contentType.getParameters()).containsEntry("version", "0.0.4").containsEntry("charset", "utf-8");

		Map<String, Double> m = PrometheusTextParser.parse(push.body());
		assertThat(m).containsEntry("recon_run_status{status=\"COMPLETED\"}", 1.0)
			.containsEntry("recon_run_status{status=\"FAILED\"}", 0.0)
			.containsEntry("recon_run_exit_code", 0.0)
			.containsEntry("recon_run_info{as_of_date=\"2026-11-15\",attempt=\"1\",run_id=\"" + runId(execution)
					+ "\"}", 1.0);
		assertThat(m.get("recon_run_duration_seconds")).isPositive();
		// the hand-checked figures of the small data set (see ReconciliationJobTests)
		assertThat(m).containsEntry("recon_lines{status=\"UNDER_BILLED\"}", 3.0)
			.containsEntry("recon_lines{status=\"UNMATCHED\"}", 2.0)
			.containsEntry("recon_monthly_impact{status=\"UNDER_BILLED\"}", 32.5)
			.containsEntry("recon_monthly_impact{status=\"OVER_BILLED\"}", -12.5)
			.containsEntry("recon_monthly_impact{status=\"UNMATCHED\"}", 0.0)
			.containsEntry("recon_input_records_read{input=\"mimecast-accounts.csv\"}", 10.0)
			.containsEntry("recon_input_records_rejected{input=\"mimecast-accounts.csv\"}", 2.0)
			.containsEntry("recon_input_records_rejected{input=\"psa-agreements.csv\"}", 1.0);
		assertThat(m.entrySet().stream()
			.filter(e -> e.getKey().startsWith("recon_monthly_impact{"))
			.mapToDouble(Map.Entry::getValue)
			.sum()).isEqualTo(46.0);
		for (StepExecution step : execution.getStepExecutions()) {
			String label = "{step=\"" + step.getStepName() + "\"}";
			assertThat(m).containsEntry("recon_step_read_items" + label, (double) step.getReadCount())
				.containsEntry("recon_step_written_items" + label, (double) step.getWriteCount())
				.containsKey("recon_step_duration_seconds" + label);
		}
		// every step of the job: the restart check, staging, usage (docs/rules.md §4.3), mapping, resolution, reconciliation, R9, outputs, change-order file
		assertThat(execution.getStepExecutions()).hasSize(16);

		// Spring Batch's own observations, recorded by Micrometer and pushed with the rest: the job, every step,
		// and for a chunk step each chunk (10 accounts in chunks of 2); not each item, by default (application.yaml)
		assertThat(added(before, m, "spring_batch_job_seconds_count", "spring_batch_job_status=\"COMPLETED\""))
			.isEqualTo(1.0);
		for (StepExecution step : execution.getStepExecutions()) {
			assertThat(added(before, m, "spring_batch_step_seconds_count",
					"spring_batch_step_name=\"" + step.getStepName() + "\"", "spring_batch_step_status=\"COMPLETED\""))
				.as(step.getStepName())
				.isEqualTo(1.0);
		}
		assertThat(added(before, m, "spring_batch_chunk_write_seconds_count",
				"spring_batch_chunk_write_step_name=\"stageVendorAccountsStep\"")).isEqualTo(5.0);
		assertThat(added(before, m, "spring_batch_item_read_seconds_count",
				"spring_batch_item_read_step_name=\"stageVendorAccountsStep\"")).isZero();
	}

	/**
	 * docs/rules.md §4.4: two MSPs' runs of the same period, in one process, push into groups of their own, and
	 * each push holds its own run's figures only, Spring Batch's timers too.
	 */
	@Test
	void twoMspsOfOnePeriodPushIntoTheirOwnGroupsWithTheirOwnFiguresOnly() throws Exception {
		JobExecution first = jobOperator.start(reconciliationJob,
				new com.msprecon.run.RunKey("metrics-a", LocalDate.of(2026, 8, 15), 1).toJobParameters());
		JobExecution second = jobOperator.start(reconciliationJob,
				new com.msprecon.run.RunKey("metrics-b", LocalDate.of(2026, 8, 15), 1).toJobParameters());

		assertThat(pushes).extracting(Push::path).containsExactly(
				"/metrics/job/licence_recon/msp/metrics-a/period/2026-08",
				"/metrics/job/licence_recon/msp/metrics-b/period/2026-08");
		for (int i = 0; i < 2; i++) {
			JobExecution execution = List.of(first, second).get(i);
			Map<String, Double> m = PrometheusTextParser.parse(pushes.get(i).body());
			assertThat(m.keySet()).filteredOn(name -> name.startsWith("recon_run_info{"))
				.containsExactly("recon_run_info{as_of_date=\"2026-08-15\",attempt=\"1\",run_id=\"" + runId(execution) + "\"}");
			assertThat(m.entrySet().stream()
				.filter(e -> e.getKey().startsWith("spring_batch_job_seconds_count"))
				.mapToDouble(Map.Entry::getValue)
				.sum()).as("push %d: its own job only", i + 1).isEqualTo(1.0);
			assertThat(m).containsEntry("recon_lines{status=\"UNDER_BILLED\"}", 3.0);
		}
	}

	@Test
	void aFailedRunPushesItsFailureToo() throws Exception {
		faults.arm("reconcileCompaniesStep", 2);

		JobExecution execution = run(LocalDate.of(2026, 10, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		Map<String, Double> m = PrometheusTextParser.parse(pushes.get(0).body());
		assertThat(m).containsEntry("recon_run_status{status=\"FAILED\"}", 1.0)
			.containsEntry("recon_run_status{status=\"COMPLETED\"}", 0.0)
			.containsEntry("recon_run_exit_code", 5.0)
			.containsEntry("recon_step_written_items{step=\"reconcileCompaniesStep\"}", 2.0)
			.doesNotContainKey("recon_step_read_items{step=\"exportOutputsStep\"}");
	}

	@Test
	void aDownGatewayIsAWarningAndTheRunStillCompletes(CapturedOutput output) throws Exception {
		gateway.stop(0);

		JobExecution execution = run(LocalDate.of(2026, 9, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pushes).isEmpty();
		assertThat(output.getOut()).containsPattern("WARN .*Run " + runId(execution)
				+ ": metrics not pushed to http://127.0.0.1:" + GATEWAY_PORT + ": .*ConnectException");
		assertThat(output.getOut().lines()).as("by default the logs stay human-readable")
			.noneMatch(line -> line.startsWith("{"));
	}

	@Test
	void aGatewayThatNeverAnswersIsGivenUpAfterTheTimeoutAndTheRunCompletes(CapturedOutput output) throws Exception {
		hanging = true;

		JobExecution execution = run(LocalDate.of(2026, 8, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pushes).hasSize(1);
		assertThat(output.getOut()).containsPattern("WARN .*Run " + runId(execution) + ": metrics not pushed to .*SocketTimeoutException: Read timed out");
	}

	/** How much this run added to the samples of {@code name} with all {@code labels}. */
	private static double added(Map<String, Double> before, Map<String, Double> after, String name, String... labels) {
		return sum(after, name, labels) - sum(before, name, labels);
	}

	private static double sum(Map<String, Double> samples, String name, String... labels) {
		return samples.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(name + "{") && Arrays.stream(labels).allMatch(e.getKey()::contains))
			.mapToDouble(Map.Entry::getValue)
			.sum();
	}

	private void awaitRelease() {
		try {
			hang.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Push(String method, String path, String contentType, String body) {

	}

}
