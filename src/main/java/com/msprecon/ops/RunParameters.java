package com.msprecon.ops;

import com.msprecon.job.LaunchArguments;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The identifying job parameters of a run: its as-of date and attempt. */
public final class RunParameters {

	private RunParameters() {
	}

	public static JobParameters of(LaunchArguments launch) {
		return new JobParametersBuilder().addLocalDate("asOfDate", launch.asOfDate())
			.addLong("attempt", launch.attempt())
			.toJobParameters();
	}

}
