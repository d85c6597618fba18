package com.msprecon.job;

import com.msprecon.changeorder.OutputExporter;
import com.msprecon.changeorder.RunInfo;
import com.msprecon.run.RunPeriod;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wiring of {@code matchOnlyJob} (the {@code match-only} command): account resolution alone, for onboarding an
 * MSP before anything is billed. It reuses the reconciliation job's steps up to {@code resolveAccountsStep} but
 * reads no agreements or additions, and writes the matches, the proposed account map and the review list.
 */
@Configuration
public class MatchOnlyJobConfiguration {

	public static final String JOB_NAME = "matchOnlyJob";

	@Bean
	public Job matchOnlyJob(JobRepository jobRepository, RunStatusListener runStatus, GracefulStop gracefulStop,
			Step startRunStep, Step stageVendorAccountsStep, Step stagePsaCompaniesStep, Step loadMappingsStep,
			Step checkInputsStep, Step resolveAccountsStep, Step exportMatchesStep) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "asOfDate", "attempt" }, new String[0]))
			.listener(runStatus)
			.listener(gracefulStop)
			.start(startRunStep)
			.next(stageVendorAccountsStep)
			.next(stagePsaCompaniesStep)
			.next(loadMappingsStep)
			.next(checkInputsStep)
			.next(resolveAccountsStep)
			.next(exportMatchesStep)
			.build();
	}

	@Bean
	public Step exportMatchesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet exportMatchesTasklet, ProgressListener progress) {
		return new StepBuilder("exportMatchesStep", jobRepository).tasklet(exportMatchesTasklet, transactionManager)
			.listener((StepExecutionListener) progress)
			.build();
	}

	@Bean
	@StepScope
	public Tasklet exportMatchesTasklet(OutputExporter exporter,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long runId,
			@Value("#{jobParameters['asOfDate']}") LocalDate asOfDate, @Value("#{jobParameters['attempt']}") Long attempt) {
		return (contribution, chunkContext) -> {
			exporter.exportMatches(new RunInfo(runId, asOfDate, RunPeriod.of(asOfDate), attempt));
			return RepeatStatus.FINISHED;
		};
	}

}
