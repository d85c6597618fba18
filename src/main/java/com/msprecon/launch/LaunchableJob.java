package com.msprecon.launch;

import com.msprecon.input.SourceInput;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A job the command line can start, as its configuration declares it: the command word that starts it, and how
 * a completed run's outputs are written again (the {@code export} command), if they can be. A new job is a new
 * bean of this type; the runner and the operator commands need no change.
 *
 * @param command the word that starts it ({@code run}, {@code match-only}, ...)
 * @param job the job
 * @param description one line for {@code runs} and the usage text
 * @param export writes a completed run's outputs again from its stored results; {@code null} if it has none
 * @param report the text the console ends with after a completed run (summary, output folder); {@code null} if none
 * @param parameters the job parameters of a launch for a run key: {@link RunKey#toJobParameters()}, or more for
 * a job whose run is named by more than its key (it may check its inputs and refuse the launch by throwing an
 * {@link IllegalArgumentException} saying why)
 * @param inputs what a run reads (its MSP's inputs): the files among them are checked before a run is registered
 */
public record LaunchableJob(String command, Job job, String description, Export export, Report report,
		Parameters parameters, Inputs inputs) {

	/** A job whose runs are named by their {@link RunKey} alone, with no closing report and no input to check. */
	public LaunchableJob(String command, Job job, String description, Export export) {
		this(command, job, description, export, null, RunKey::toJobParameters, key -> List.of());
	}

	/** What a run reads. */
	@FunctionalInterface
	public interface Inputs {

		/**
		 * @throws IllegalArgumentException when the run's MSP cannot be reconciled as configured (a bad settings
		 * file), saying why
		 */
		List<SourceInput> of(RunKey key);

	}

	/** The job parameters of a launch. */
	@FunctionalInterface
	public interface Parameters {

		JobParameters of(RunKey key);

	}

	/** Writes the outputs of a completed run again and returns where they went. */
	@FunctionalInterface
	public interface Export {

		String export(RunContext run) throws Exception;

	}

	/** The closing lines of a completed run, read from its stored results. */
	@FunctionalInterface
	public interface Report {

		String report(RunContext run) throws Exception;

	}

	public String jobName() {
		return job.getName();
	}

}
