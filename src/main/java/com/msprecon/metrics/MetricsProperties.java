package com.msprecon.metrics;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Metrics of a run ({@code recon.metrics.*}).
 *
 * @param pushgatewayUrl base URL of a Prometheus Pushgateway ({@code RECON_METRICS_PUSHGATEWAYURL}); unset: no push
 * @param timeout connect and read timeout of the push; short, since the run waits for it before it exits
 */
@ConfigurationProperties("recon.metrics")
public record MetricsProperties(URI pushgatewayUrl, @DefaultValue("5s") Duration timeout) {

	/** An empty URL (as a chart may render an unset value) is off too. */
	public boolean pushEnabled() {
		return pushgatewayUrl != null && !pushgatewayUrl.toString().isBlank();
	}

}
