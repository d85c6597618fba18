package com.msprecon.metrics;

import com.msprecon.results.ResultReader;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunRepository;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets the run's gauges ({@link RunMetrics}) when the run ends and pushes everything Micrometer's Prometheus
 * registry holds (those gauges, Spring Batch's job, step and chunk observations, JVM figures) to a Prometheus
 * Pushgateway, once: a CronJob's pod is gone before any scrape. The push replaces the group
 * {@code job=licence_recon, period=<period>}, so the last run of a period is what it shows. Off unless
 * {@code recon.metrics.pushgateway-url} is set. A failed push is a warning, never a failed run.
 * <p>
 * Boot's own Pushgateway support ({@code management.prometheus.metrics.export.pushgateway.*}) is not used: it
 * pushes from start-up on a schedule and at shutdown, into one group fixed by settings, not once per run into
 * the run's period.
 */
@Component
public class PushgatewayListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PushgatewayListener.class);

	static final String JOB = "licence_recon";

	private final MetricsProperties settings;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final RunMetrics metrics;

	private final PrometheusRegistry prometheus;

	private final MeterRegistry meters;

	public PushgatewayListener(MetricsProperties settings, NamedParameterJdbcTemplate jdbc, RunRepository runs,
			MeterRegistry meters, PrometheusRegistry prometheus) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.runs = runs;
		this.metrics = new RunMetrics(meters);
		this.meters = meters;
		this.prometheus = prometheus;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!settings.pushEnabled()) {
			return;
		}
		long runId = execution.getJobInstance().getInstanceId();
		RunKey key = RunKey.from(execution.getJobParameters());
		String period = key.period();
		URI url = settings.pushgatewayUrl();
		String where = redacted(url.toString().replaceAll("/+$", ""));
		try {
			metrics.record(execution, new ResultReader(jdbc, runId).statusTotals(), runs.inputs(runId),
					LocalDateTime.now());
			PushGateway.Builder gateway = PushGateway.builder()
				.scheme(scheme(url))
				.address(address(url))
				.job(JOB)
				.groupingKey("period", period);
			if (!key.isDefaultMsp()) {
				// docs/rules.md §4.4: each MSP's runs in a group of its own; the MSP default keeps version 1's group
				gateway.groupingKey("msp", key.msp());
			}
			gateway
				// the text format, as before: readable with curl and by any Pushgateway version
				.format(Format.PROMETHEUS_TEXT)
				.registry(prometheus)
				.connectionTimeout(settings.timeout())
				.readTimeout(settings.timeout())
				.build()
				.push();
			log.info("Run {}: metrics pushed to {} (job {}, period {}{})", runId, where, JOB, period,
					key.isDefaultMsp() ? "" : ", msp " + key.msp());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Run {}: metrics not pushed to {}: {}", runId, where, causes(ex));
		}
		finally {
			forgetBatchObservations();
		}
	}

	/**
	 * Spring Batch's timers count every run of the process: after the push they start again, so that the next
	 * run (another MSP's, in an all-msps launch) pushes its own figures and none of this run's.
	 */
	private void forgetBatchObservations() {
		for (Meter meter : List.copyOf(meters.getMeters())) {
			if (meter.getId().getName().startsWith("spring.batch.")) {
				meters.remove(meter);
			}
		}
	}

	private static Scheme scheme(URI url) {
		if (url.getHost() != null && "https".equalsIgnoreCase(url.getScheme())) {
			return Scheme.HTTPS;
		}
		if (url.getHost() != null && "http".equalsIgnoreCase(url.getScheme())) {
			return Scheme.HTTP;
		}
		throw new IllegalArgumentException("recon.metrics.pushgateway-url is not an http:// or https:// URL");
	}

	/** Host, port and path: user info, which may hold a password, is not sent. */
	private static String address(URI url) {
		return url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort())
				+ (url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", ""));
	}

	/** The URL without user info, which may hold a password. */
	private static String redacted(String url) {
		return url.replaceFirst("//[^/@]*@", "//");
	}

	/** Every cause: a connect failure's own message may not say "refused", only its class does. */
	private static String causes(Throwable ex) {
		StringBuilder all = new StringBuilder(ex.toString());
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			all.append("; caused by ").append(cause);
		}
		return all.toString();
	}

}
