package com.msprecon.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunInput;
import com.msprecon.support.PrometheusTextParser;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run's gauges as Micrometer's Prometheus registry writes them in the text format (what the push sends), read
 * back by the tests' strict reader; the whole push is in MetricsJobTests.
 */
class RunMetricsTests {

	private static final LocalDateTime START = LocalDateTime.of(2026, 11, 15, 2, 0);

	private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

	private final RunMetrics metrics = new RunMetrics(registry);

	@Test
	void aRunIsWrittenAsGaugesWithTheirLabels() {
		JobExecution run = execution(7, BatchStatus.COMPLETED, "2026-11-15", 1);
		step(run, "stageVendorAccountsStep", 10, 8, 1500);

		metrics.record(run, Map.of(LineStatus.UNDER_BILLED, totals(LineStatus.UNDER_BILLED, 3, "32.50"),
				LineStatus.UNMATCHED, totals(LineStatus.UNMATCHED, 2, null)),
				List.of(input("odd \"name\" \\ with\nline feed.csv", 10L, 2L), input("psa-api", null, null)),
				START.plusSeconds(60));

		assertThat(recon()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry("recon_run_status{status=\"COMPLETED\"}", 1.0),
				Map.entry("recon_run_status{status=\"STARTING\"}", 0.0),
				Map.entry("recon_run_status{status=\"STARTED\"}", 0.0),
				Map.entry("recon_run_status{status=\"STOPPING\"}", 0.0),
				Map.entry("recon_run_status{status=\"STOPPED\"}", 0.0),
				Map.entry("recon_run_status{status=\"FAILED\"}", 0.0),
				Map.entry("recon_run_status{status=\"ABANDONED\"}", 0.0),
				Map.entry("recon_run_status{status=\"UNKNOWN\"}", 0.0),
				Map.entry("recon_run_exit_code", 0.0),
				Map.entry("recon_run_duration_seconds", 42.25),
				Map.entry("recon_run_info{as_of_date=\"2026-11-15\",attempt=\"1\",run_id=\"7\"}", 1.0),
				Map.entry("recon_lines{status=\"UNDER_BILLED\"}", 3.0),
				Map.entry("recon_lines{status=\"UNMATCHED\"}", 2.0),
				Map.entry("recon_monthly_impact{status=\"UNDER_BILLED\"}", 32.5),
				Map.entry("recon_monthly_impact{status=\"UNMATCHED\"}", 0.0),
				// label values keep quotes, backslashes and line feeds, escaped; an input not counted has no figures
				Map.entry("recon_input_records_read{input=\"odd \\\"name\\\" \\\\ with\\nline feed.csv\"}", 10.0),
				Map.entry("recon_input_records_rejected{input=\"odd \\\"name\\\" \\\\ with\\nline feed.csv\"}", 2.0),
				Map.entry("recon_step_read_items{step=\"stageVendorAccountsStep\"}", 10.0),
				Map.entry("recon_step_written_items{step=\"stageVendorAccountsStep\"}", 8.0),
				Map.entry("recon_step_duration_seconds{step=\"stageVendorAccountsStep\"}", 1.5)));
	}

	@Test
	void theNextRunReplacesEveryFigureOfTheLastOne() {
		JobExecution first = execution(7, BatchStatus.COMPLETED, "2026-11-15", 1);
		step(first, "stageVendorAccountsStep", 10, 10, 100);
		step(first, "exportOutputsStep", 0, 0, 100);
		metrics.record(first, Map.of(LineStatus.MATCH, totals(LineStatus.MATCH, 4, "0")),
				List.of(input("mimecast-accounts.csv", 10L, 0L)), START.plusSeconds(60));

		JobExecution rerun = execution(8, BatchStatus.FAILED, "2026-12-15", 2);
		step(rerun, "stageVendorAccountsStep", 3, 2, 100);
		rerun.setEndTime(null);
		metrics.record(rerun, Map.of(LineStatus.OVER_BILLED, totals(LineStatus.OVER_BILLED, 1, "-12.50")),
				List.of(input("psa-agreements.csv", 5L, 1L)), START.plusSeconds(90));

		Map<String, Double> m = recon();
		assertThat(m).containsEntry("recon_run_status{status=\"FAILED\"}", 1.0)
			.containsEntry("recon_run_status{status=\"COMPLETED\"}", 0.0)
			.containsEntry("recon_run_exit_code", 5.0)
			.containsEntry("recon_run_duration_seconds", 90.0)
			.containsEntry("recon_step_read_items{step=\"stageVendorAccountsStep\"}", 3.0)
			.containsEntry("recon_monthly_impact{status=\"OVER_BILLED\"}", -12.5)
			.containsEntry("recon_input_records_rejected{input=\"psa-agreements.csv\"}", 1.0);
		assertThat(m.keySet()).filteredOn(key -> key.startsWith("recon_run_info"))
			.containsExactly("recon_run_info{as_of_date=\"2026-12-15\",attempt=\"2\",run_id=\"8\"}");
		assertThat(m.keySet()).noneMatch(key -> key.contains("exportOutputsStep") || key.contains("MATCH\"")
				|| key.contains("mimecast-accounts.csv"));
	}

	@Test
	void theReaderRefusesWhatIsNotTheTextFormat() {
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\na{x=\"unterminated} 1\n"))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\nb 1\n")).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\na_count 1\n"))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\na 1,5\n")).isInstanceOf(AssertionError.class);
		assertThat(PrometheusTextParser.parse("# TYPE a summary\na_count 2\na_sum 0.5\n")).containsEntry("a_count", 2.0)
			.containsEntry("a_sum", 0.5);
	}

	/** The recon_ samples of a scrape, in the text format the push uses. */
	private Map<String, Double> recon() {
		Map<String, Double> all = PrometheusTextParser.parse(registry.scrape());
		Map<String, Double> recon = new TreeMap<>();
		all.forEach((key, value) -> {
			if (key.startsWith("recon_")) {
				recon.put(key, value);
			}
		});
		return recon;
	}

	private static JobExecution execution(long runId, BatchStatus status, String asOfDate, long attempt) {
		var parameters = new JobParametersBuilder().addLocalDate("asOfDate", LocalDate.parse(asOfDate))
			.addLong("attempt", attempt)
			.toJobParameters();
		JobExecution execution = new JobExecution(runId * 10, new JobInstance(runId, "reconciliationJob"), parameters);
		execution.setStatus(status);
		execution.setStartTime(START);
		execution.setEndTime(START.plusNanos(42_250_000_000L));
		return execution;
	}

	private static void step(JobExecution execution, String name, long read, long written, long millis) {
		StepExecution step = new StepExecution(execution.getStepExecutions().size() + 1, name, execution);
		step.setReadCount(read);
		step.setWriteCount(written);
		step.setStartTime(START);
		step.setEndTime(START.plusNanos(millis * 1_000_000));
		execution.addStepExecutions(List.of(step));
	}

	private static StatusTotals totals(LineStatus status, long lines, String monthlyImpact) {
		return new StatusTotals(status, lines, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				monthlyImpact == null ? null : new BigDecimal(monthlyImpact));
	}

	private static RunInput input(String name, Long read, Long rejected) {
		return new RunInput(name, "an input", "sha", read, read, rejected, false);
	}

}
