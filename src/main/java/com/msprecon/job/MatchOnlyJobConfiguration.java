package com.msprecon.job;

import com.msprecon.output.OutputExporter;
import com.msprecon.output.WorkbookWarmUp;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunLeaseListener;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunRepository;
import com.msprecon.run.StartRunTasklet;
import com.msprecon.staging.RestartInputsTasklet;
import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Wiring of {@code matchOnlyJob} (the {@code match-only} command): account resolution alone, for onboarding an
 * MSP before anything is billed. It reads and records only the vendor accounts and the PSA companies (no
 * agreements or additions), reuses the reconciliation job's staging, mapping and resolution steps, and writes
 * the matches, the proposed account map and the review list.
 */
@Configuration
public class MatchOnlyJobConfiguration {

	public static final String JOB_NAME = "matchOnlyJob";

	@Bean
	public Job matchOnlyJob(JobRepository jobRepository, RunStatusListener runStatus, GracefulStop gracefulStop,
			RunLeaseListener runLease, WorkbookWarmUp workbookWarmUp,
			Step checkMatchOnlyRestartInputsStep, Step startMatchOnlyRunStep, Step stageVendorAccountsStep, Step stagePsaCompaniesStep,
			Step loadMappingsStep, Step checkInputsStep, Step resolveAccountsStep, Step exportMatchesStep) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(RunKey.validator())
			// first: held before the others start, released after they end
			.listener(runLease)
			.listener(runStatus)
			.listener(gracefulStop)
			.listener(workbookWarmUp)
			.start(checkMatchOnlyRestartInputsStep)
			.next(startMatchOnlyRunStep)
			.next(stageVendorAccountsStep)
			.next(stagePsaCompaniesStep)
			.next(loadMappingsStep)
			.next(checkInputsStep)
			.next(resolveAccountsStep)
			.next(exportMatchesStep)
			.build();
	}

	@Bean
	public LaunchableJob matchOnlyCommand(@Qualifier("matchOnlyJob") Job matchOnlyJob, OutputExporter exporter,
			MspSources sources) {
		return new LaunchableJob("match-only", matchOnlyJob,
				"resolve accounts only (onboarding): matches, proposed account map, review list",
				exporter::exportMatches, exporter::reportMatches, RunKey::toJobParameters,
				key -> sources.of(key.msp()).allForMatching());
	}

	/** Its own check of a restart's inputs: the inputs its steps read. */
	@Bean
	public Step checkMatchOnlyRestartInputsStep(JobSteps steps, NamedParameterJdbcTemplate jdbc, RunContext run,
			RunRepository runs, JobRepository jobRepository, MspSources sources) {
		return steps.everyExecution("checkRestartInputsStep", (contribution, context) -> new RestartInputsTasklet(jdbc,
				runs, run, jobRepository, sources.of(run.msp()).stagedForMatching()).execute(contribution, context));
	}

	/** Its own start step (the step name is the same: restart state is per job instance). */
	@Bean
	public Step startMatchOnlyRunStep(JobSteps steps, RunContext run, RunRepository runs, MspSources sources,
			Clock clock) {
		return steps.tasklet("startRunStep", (contribution, context) -> new StartRunTasklet(runs, run,
				sources.of(run.msp()).sourceInputsForMatching(), clock).execute(contribution, context));
	}

	@Bean
	public Step exportMatchesStep(JobSteps steps, RunContext run, OutputExporter exporter) {
		return steps.tasklet("exportMatchesStep", (contribution, chunkContext) -> {
			exporter.exportMatches(run);
			return RepeatStatus.FINISHED;
		});
	}

}
