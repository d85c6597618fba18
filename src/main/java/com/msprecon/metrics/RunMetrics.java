package com.msprecon.metrics;

import com.msprecon.run.ExitCodes;
import com.msprecon.run.RunKey;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunInput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The metrics of one job execution, as Micrometer gauges: how the run ended, what it found (from the stored
 * results) and what each step of this execution did. A rerun reports the steps it ran; the results are those of
 * the whole run. Each {@link #record} replaces every row the previous one set, so a second run in the same
 * process (the tests) shows no step or input of the first.
 */
final class RunMetrics {

	private final MultiGauge status;

	private final MultiGauge exitCode;

	private final MultiGauge duration;

	private final MultiGauge info;

	private final MultiGauge lines;

	private final MultiGauge monthlyImpact;

	private final MultiGauge inputRead;

	private final MultiGauge inputRejected;

	private final MultiGauge stepRead;

	private final MultiGauge stepWritten;

	private final MultiGauge stepDuration;

	RunMetrics(MeterRegistry registry) {
		status = gauge(registry, "recon.run.status", null, "1 for the status the run ended with, 0 for the others");
		exitCode = gauge(registry, "recon.run.exit.code", null,
				"process exit code of the run: 0 completed, 4 stopped, 5 failed");
		duration = gauge(registry, "recon.run.duration", "seconds", "duration of this execution of the run");
		// ".info": the Prometheus registry writes it as an info metric, recon_run_info
		info = gauge(registry, "recon.run.info", null, "identity of the run");
		lines = gauge(registry, "recon.lines", null, "reconciliation lines per status");
		monthlyImpact = gauge(registry, "recon.monthly.impact", null,
				"monthly impact of the change orders per line status (0 when none priced)");
		inputRead = gauge(registry, "recon.input.records.read", null, "records read per input");
		inputRejected = gauge(registry, "recon.input.records.rejected", null,
				"records rejected per input (listed in the Review sheet)");
		stepRead = gauge(registry, "recon.step.read.items", null, "items read by each step of this execution");
		stepWritten = gauge(registry, "recon.step.written.items", null, "items written by each step of this execution");
		stepDuration = gauge(registry, "recon.step.duration", "seconds", "duration of each step of this execution");
	}

	private static MultiGauge gauge(MeterRegistry registry, String name, String unit, String help) {
		return MultiGauge.builder(name).baseUnit(unit).description(help).register(registry);
	}

	void record(JobExecution execution, Map<LineStatus, StatusTotals> totals, List<RunInput> inputs,
			LocalDateTime now) {
		set(status, Arrays.asList(BatchStatus.values()),
				s -> Tags.of("status", s.name()), s -> s == execution.getStatus() ? 1 : 0);
		exitCode.register(List.of(Row.of(Tags.empty(), ExitCodes.of(execution.getStatus()))), true);
		duration.register(List.of(Row.of(Tags.empty(), seconds(execution.getStartTime(), execution.getEndTime(), now))),
				true);
		RunKey key = RunKey.from(execution.getJobParameters());
		info.register(List.of(Row.of(Tags.of("run_id", String.valueOf(execution.getJobInstance().getInstanceId()),
				"as_of_date", String.valueOf(key.asOfDate()), "attempt", String.valueOf(key.attempt())), 1)), true);

		set(lines, totals.values(), t -> Tags.of("status", t.status().name()), StatusTotals::lines);
		set(monthlyImpact, totals.values(), t -> Tags.of("status", t.status().name()),
				t -> t.monthlyImpact() == null ? BigDecimal.ZERO : t.monthlyImpact());

		List<RunInput> counted = inputs.stream().filter(i -> i.read() != null).toList();
		set(inputRead, counted, i -> Tags.of("input", i.name()), RunInput::read);
		set(inputRejected, counted, i -> Tags.of("input", i.name()), RunInput::rejected);

		List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
		set(stepRead, steps, s -> Tags.of("step", s.getStepName()), StepExecution::getReadCount);
		set(stepWritten, steps, s -> Tags.of("step", s.getStepName()), StepExecution::getWriteCount);
		set(stepDuration, steps, s -> Tags.of("step", s.getStepName()),
				s -> seconds(s.getStartTime(), s.getEndTime(), now));
	}

	private static <T> void set(MultiGauge gauge, Iterable<T> items, Function<T, Tags> tags, Function<T, Number> value) {
		List<Row<?>> rows = new ArrayList<>();
		items.forEach(item -> rows.add(Row.of(tags.apply(item), value.apply(item))));
		gauge.register(rows, true);
	}

	private static double seconds(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
		if (start == null) {
			return 0;
		}
		// without an end time yet (a listener may run before it is set) the execution counts until now
		return Duration.between(start, end == null ? now : end).toMillis() / 1000.0;
	}

}
