package com.msprecon.staging;

import com.msprecon.input.CsvFile;
import com.msprecon.input.SourceInput;
import com.msprecon.run.FileHashes;
import com.msprecon.run.InputChangedException;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunInput;
import com.msprecon.run.RunRepository;
import com.msprecon.sql.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A rerun works on the inputs its run started with (docs/rules.md §1). The first step of a job, run at every
 * execution; at a restart it hashes each input file again and compares it with the hash recorded for the run:
 * <ul>
 * <li>a changed file of a step that completed fails the rerun before anything is written
 * ({@link InputChangedException}, naming the file and both hashes);</li>
 * <li>a changed file of a step that had not completed has its staged rows and rejects discarded and its step's
 * restart state cleared, so that the step stages it again from its first row; its new hash is recorded. An
 * unchanged one resumes after its last committed chunk.</li>
 * </ul>
 * An API source cannot be hashed before it is read, so "changed" cannot be told: a step that had not completed
 * reading an API is always staged again from its first page (one run never combines two reads of a source),
 * and a completed one is kept, as its staged rows are the run's copy of the source and the API is not read
 * again.
 */
public class RestartInputsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RestartInputsTasklet.class);

	/** The step that records the inputs' hashes when the run starts. */
	private static final String START_STEP = "startRunStep";

	/**
	 * What one step reads.
	 *
	 * @param step the step's name
	 * @param inputs what it reads
	 * @param table where it stages them, or {@code null} for a step that reads its inputs whole whenever it runs
	 */
	public record StagedInputs(String step, List<SourceInput> inputs, StagingTable<?> table) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final RunContext run;

	private final JobRepository jobRepository;

	private final List<StagedInputs> staged;

	public RestartInputsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, RunContext run,
			JobRepository jobRepository, List<StagedInputs> staged) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.run = run;
		this.jobRepository = jobRepository;
		this.staged = List.copyOf(staged);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
		StepExecution started = jobRepository.getLastStepExecution(instance, START_STEP);
		if (started == null || started.getStatus() != BatchStatus.COMPLETED) {
			// the first execution, or one whose inputs were never all recorded: the start step records them
			return RepeatStatus.FINISHED;
		}
		long runId = run.runId();
		Map<String, RunInput> recorded = runs.inputs(runId)
			.stream()
			.collect(Collectors.toMap(RunInput::name, Function.identity()));
		List<Runnable> restaging = new ArrayList<>();
		for (StagedInputs step : staged) {
			StepExecution last = jobRepository.getLastStepExecution(instance, step.step());
			boolean completed = last != null && last.getStatus() == BatchStatus.COMPLETED;
			List<SourceInput> changedFiles = new ArrayList<>();
			boolean remote = false;
			for (SourceInput input : step.inputs()) {
				if (input.file() == null) {
					remote = true;
					continue;
				}
				RunInput before = recorded.get(input.name());
				if (before == null || before.sha256() == null) {
					continue; // recorded by the step itself when it runs (the mapping tables, before they loaded)
				}
				String now = FileHashes.sha256(input.file());
				if (now.equals(before.sha256())) {
					continue;
				}
				if (completed) {
					throw new InputChangedException(input.name() + " changed after run " + runId + " had staged it "
							+ "completely: recorded sha256 " + before.sha256() + ", now " + now + ". A rerun uses the "
							+ "inputs its run started with: put the original file back to resume this run, or start a "
							+ "new attempt with the new file: " + run.key().nextAttempt());
				}
				changedFiles.add(input);
				restaging.add(() -> {
					runs.replaceInput(runId, new RunInput(input.name(), input.description(), now, null, null, null,
							CsvFile.holdsOnlyAHeader(input.file())));
					log.warn("Run {}: {} changed before step {} had staged it completely (sha256 {} -> {}); it is "
							+ "staged again from its first row", runId, input.name(), step.step(), before.sha256(), now);
				});
			}
			boolean partlyStaged = last != null && !completed && step.table() != null;
			boolean readsAnApi = remote;
			if (partlyStaged && (readsAnApi || !changedFiles.isEmpty())) {
				restaging.add(() -> discard(runId, step, last, readsAnApi));
			}
		}
		// every check passed before anything is written
		restaging.forEach(Runnable::run);
		return RepeatStatus.FINISHED;
	}

	/** Throws away what the step staged and its reader's position, so that it stages from the start. */
	private void discard(long runId, StagedInputs step, StepExecution last, boolean remote) {
		MapSqlParameterSource params = new MapSqlParameterSource("runId", runId);
		int rows = jdbc.update(SqlFiles.load(step.table().discardSqlFile()), params);
		jdbc.update(SqlFiles.load("staging/discard-rejects.sql"),
				params.addValue("sources", step.inputs().stream().map(SourceInput::name).toList()));
		last.setExecutionContext(new ExecutionContext());
		jobRepository.updateExecutionContext(last);
		log.warn("Run {}: {} staged rows of step {} discarded; it stages {} again from the start", runId, rows,
				step.step(), remote ? "its API source (a partly read API is never resumed)" : "its corrected input");
	}

}
