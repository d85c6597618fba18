package com.msprecon;

import com.msprecon.run.ExitCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Monthly licence reconciliation between Mimecast and the MSP's PSA.
 * The exit code drives the CronJob: see {@link com.msprecon.run.ExitCodes}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReconApplication {

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(ReconApplication.class, args));
		}
		catch (RuntimeException ex) {
			// the application did not start (database unreachable, bad setting); Spring Boot has logged why.
			// Not a refused launch (1): a retry may succeed, so the pod failure policy counts it
			exitCode = ExitCodes.FAILED;
		}
		// System.exit is usual for batch applications: the exit code tells Kubernetes how the run ended
		System.exit(exitCode);
	}

}
