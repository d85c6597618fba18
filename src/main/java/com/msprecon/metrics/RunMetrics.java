package com.msprecon.metrics;

import com.msprecon.run.ExitCodes;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The metrics of one job execution, as gauges: how the run ended, what it found (from the stored results) and
 * what each step of this execution did. A rerun reports the steps it ran; the results are those of the whole run.
 */
final class RunMetrics {

	private RunMetrics() {
	}

	static String text(JobExecution execution, Map<LineStatus, StatusTotals> totals, List<RunInput> inputs,
			LocalDateTime now) {
		var out = new PrometheusText();
		out.gauge("recon_run_status", "1 for the status the run ended with, 0 for the others");
		for (BatchStatus status : BatchStatus.values()) {
			out.sample(status == execution.getStatus() ? 1 : 0, "status", status.name());
		}
		out.gauge("recon_run_exit_code", "process exit code of the run: 0 completed, 4 stopped, 5 failed")
			.sample(ExitCodes.of(execution.getStatus()));
		out.gauge("recon_run_duration_seconds", "duration of this execution of the run")
			.sample(seconds(execution.getStartTime(), execution.getEndTime(), now));
		out.gauge("recon_run_info", "identity of the run")
			.sample(1, "run_id", String.valueOf(execution.getJobInstance().getInstanceId()), "as_of_date",
					String.valueOf(execution.getJobParameters().getLocalDate("asOfDate")), "attempt",
					String.valueOf(execution.getJobParameters().getLong("attempt")));

		out.gauge("recon_lines", "reconciliation lines per status");
		totals.values().forEach(t -> out.sample(t.lines(), "status", t.status().name()));
		out.gauge("recon_monthly_impact", "monthly impact of the change orders per line status (0 when none priced)");
		totals.values()
			.forEach(t -> out.sample(t.monthlyImpact() == null ? BigDecimal.ZERO : t.monthlyImpact(), "status",
					t.status().name()));

		List<RunInput> counted = inputs.stream().filter(i -> i.read() != null).toList();
		out.gauge("recon_input_records_read", "records read per input");
		counted.forEach(i -> out.sample(i.read(), "input", i.name()));
		out.gauge("recon_input_records_rejected", "records rejected per input (listed in the Review sheet)");
		counted.forEach(i -> out.sample(i.rejected(), "input", i.name()));

		List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
		out.gauge("recon_step_read_items", "items read by each step of this execution");
		steps.forEach(s -> out.sample(s.getReadCount(), "step", s.getStepName()));
		out.gauge("recon_step_written_items", "items written by each step of this execution");
		steps.forEach(s -> out.sample(s.getWriteCount(), "step", s.getStepName()));
		out.gauge("recon_step_duration_seconds", "duration of each step of this execution");
		steps.forEach(s -> out.sample(seconds(s.getStartTime(), s.getEndTime(), now), "step", s.getStepName()));
		return out.toString();
	}

	private static BigDecimal seconds(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
		if (start == null) {
			return BigDecimal.ZERO;
		}
		// the job's end time is set only after its listeners ran
		long ms = Duration.between(start, end == null ? now : end).toMillis();
		return BigDecimal.valueOf(ms, 3);
	}

}
