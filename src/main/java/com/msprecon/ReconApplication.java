package com.msprecon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Monthly licence reconciliation between Mimecast and the MSP's PSA.
 * The exit code drives the CronJob: see {@link com.msprecon.job.ExitCodes}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReconApplication {

	public static void main(String[] args) {
		// System.exit is usual for batch applications: the exit code tells Kubernetes how the run ended
		System.exit(SpringApplication.exit(SpringApplication.run(ReconApplication.class, args)));
	}

}
