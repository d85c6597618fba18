package com.msprecon.launch;

import com.msprecon.input.SourceInput;
import com.msprecon.run.RunContext;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.Job;

/**
 * A job the command line can start, as its configuration declares it: the command word that starts it, and how
 * a completed run's outputs are written again (the {@code export} command), if they can be. A new job is a new
 * bean of this type; the runner and the operator commands need no change.
 *
 * @param command the word that starts it ({@code run}, {@code match-only}, ...)
 * @param job the job
 * @param description one line for {@code runs} and the usage text
 * @param export writes a completed run's outputs again from its stored results; {@code null} if it has none
 * @param inputs what its runs read: the files among them are checked before a run is registered
 */
public record LaunchableJob(String command, Job job, String description, Export export, List<SourceInput> inputs) {

	public LaunchableJob {
		inputs = List.copyOf(inputs);
	}

	/** Writes the outputs of a completed run again and returns where they went. */
	@FunctionalInterface
	public interface Export {

		Path export(RunContext run) throws Exception;

	}

	public String jobName() {
		return job.getName();
	}

}
