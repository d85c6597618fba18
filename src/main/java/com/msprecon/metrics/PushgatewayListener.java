package com.msprecon.metrics;

import com.msprecon.results.ResultReader;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunRepository;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Pushes the run's metrics to a Prometheus Pushgateway when the run ends (a CronJob's pod is gone before any
 * scrape), replacing the group {@code job=licence_recon, period=<period>}: the last run of a period is what it
 * shows. Off unless {@code recon.metrics.pushgateway-url} is set. A failed push is a warning, never a failed run.
 */
@Component
public class PushgatewayListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PushgatewayListener.class);

	static final String JOB = "licence_recon";

	private final MetricsProperties settings;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final RestClient http;

	public PushgatewayListener(MetricsProperties settings, NamedParameterJdbcTemplate jdbc, RunRepository runs) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.runs = runs;
		this.http = settings.pushEnabled() ? client(settings.timeout()) : null;
	}

	private static RestClient client(Duration timeout) {
		// the JDK client drops pooled connections the server closed; HttpURLConnection would reuse one and fail
		var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
		var requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(timeout);
		return RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!settings.pushEnabled()) {
			return;
		}
		long runId = execution.getJobInstance().getInstanceId();
		String period = RunKey.from(execution.getJobParameters()).period();
		String base = settings.pushgatewayUrl().toString().replaceAll("/+$", "");
		String where = redacted(base);
		try {
			String body = RunMetrics.text(execution, new ResultReader(jdbc, runId).statusTotals(), runs.inputs(runId),
					LocalDateTime.now());
			http.put()
				.uri(base + "/metrics/job/{job}/period/{period}", JOB, period)
				.contentType(MediaType.parseMediaType(PrometheusText.CONTENT_TYPE))
				.body(body)
				.retrieve()
				.toBodilessEntity();
			log.info("Run {}: metrics pushed to {} (job {}, period {})", runId, where, JOB, period);
		}
		catch (RuntimeException ex) {
			log.warn("Run {}: metrics not pushed to {}: {}", runId, where, causes(ex));
		}
	}

	/** Every cause: the JDK client's connect failure has no message, only its class says "refused". */
	private static String causes(Throwable ex) {
		StringBuilder all = new StringBuilder(ex.toString());
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			all.append("; caused by ").append(cause);
		}
		return all.toString();
	}

	/** The URL without user info, which may hold a password. */
	private static String redacted(String url) {
		return url.replaceFirst("//[^/@]*@", "//");
	}

}
