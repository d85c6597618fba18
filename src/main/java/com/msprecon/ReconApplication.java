package com.msprecon;

import com.msprecon.launch.LaunchArguments;
import com.msprecon.launch.StartFailure;
import com.msprecon.launch.Usage;
import com.msprecon.output.WorkbookWarmUp;
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
		if (Usage.isAsked(args)) {
			// before anything starts: asking for help opens no database and runs nothing
			System.out.print(Usage.text());
			System.exit(ExitCodes.SUCCESS);
		}
		if (LaunchArguments.mayWriteWorkbook(args)) {
			// Apache POI loads on the other core while Spring starts, not in the first run's export step
			WorkbookWarmUp.startInBackground();
		}
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(ReconApplication.class, args));
		}
		catch (RuntimeException ex) {
			exitCode = StartFailure.exitCode(ex);
		}
		// System.exit is usual for batch applications: the exit code tells Kubernetes how the run ended
		System.exit(exitCode);
	}

}
