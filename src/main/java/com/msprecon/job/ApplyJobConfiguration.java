package com.msprecon.job;

import com.msprecon.apply.AppliedChangesExporter;
import com.msprecon.apply.ApplyLaunch;
import com.msprecon.apply.ApplyProperties;
import com.msprecon.apply.ApplyRun;
import com.msprecon.apply.ApplyStore;
import com.msprecon.apply.DecidedOrder;
import com.msprecon.apply.LedgerEntry;
import com.msprecon.apply.OrderApplier;
import com.msprecon.apply.StartApplyTasklet;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.output.OutputSink;
import com.msprecon.output.WorkbookWarmUp;
import com.msprecon.psa.PsaChangeSink;
import com.msprecon.sql.SqlFiles;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of {@code applyChangeOrdersJob} (the {@code apply} command, docs/rules.md R10–R12): the approved change
 * orders of a completed reconciliation run, previewed or applied to the PSA. The rules live in {@code apply}.
 *
 * <pre>
 * startApplyStep           register the apply run, store its decisions (the file must be the launch's)
 * applyOrdersStep          per decided order: live read, conflict check, write, read back; ledger   chunk
 * exportAppliedChangesStep applied-changes-&lt;period&gt;.csv and .xlsx, the summary per state
 * checkAppliedStep         fails the run (exit 5) when an order FAILED
 * </pre>
 *
 * The last three run again on every rerun: the ledger says what is done, so a rerun settles what is not.
 */
@Configuration
public class ApplyJobConfiguration {

	public static final String JOB_NAME = "applyChangeOrdersJob";

	private final JobSteps steps;

	private final NamedParameterJdbcTemplate jdbc;

	public ApplyJobConfiguration(JobSteps steps, NamedParameterJdbcTemplate jdbc) {
		this.steps = steps;
		this.jdbc = jdbc;
	}

	@Bean
	public Job applyChangeOrdersJob(JobRepository jobRepository, RunStatusListener runStatus,
			GracefulStop gracefulStop, WorkbookWarmUp workbookWarmUp, Step startApplyStep, Step applyOrdersStep,
			Step exportAppliedChangesStep, Step checkAppliedStep) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(ApplyLaunch.validator())
			.listener(runStatus)
			.listener(gracefulStop)
			.listener(workbookWarmUp)
			.start(startApplyStep)
			.next(applyOrdersStep)
			.next(exportAppliedChangesStep)
			.next(checkAppliedStep)
			.build();
	}

	@Bean
	public ApplyLaunch applyLaunch(JobRepository jobRepository, ApplyProperties properties, Clock clock) {
		return new ApplyLaunch(jobRepository, jdbc, properties, clock, ReconciliationJobConfiguration.JOB_NAME,
				JOB_NAME);
	}

	@Bean
	public ApplyStore applyStore() {
		return new ApplyStore(jdbc);
	}

	@Bean
	public AppliedChangesExporter appliedChangesExporter(ApplyStore store, OutputSink outputs) {
		return new AppliedChangesExporter(store, outputs);
	}

	@Bean
	public LaunchableJob applyCommand(@Qualifier("applyChangeOrdersJob") Job applyChangeOrdersJob,
			ApplyLaunch launch, ApplyStore store, AppliedChangesExporter exporter) {
		return new LaunchableJob("apply", applyChangeOrdersJob,
				"preview or apply a completed run's approved PSA change orders (--recon.apply.approvals=FILE "
						+ "[--recon.apply.mode=apply])",
				run -> exporter.export(store.find(run.runId(), run.key())), null, launch::parametersFor, key -> List.of());
	}

	/** The apply run each step works for, resolved when the step runs. */
	@Bean
	@StepScope
	public ApplyRun applyRun(@Value("#{stepExecution}") StepExecution stepExecution) {
		return ApplyRun.of(stepExecution);
	}

	@Bean
	public Step startApplyStep(ApplyRun run, ApplyLaunch launch, ApplyStore store, Clock clock) {
		return steps.tasklet("startApplyStep", new StartApplyTasklet(run, launch, store, clock));
	}

	@Bean
	public Step applyOrdersStep(ApplyRun run, DataSource dataSource, ApplyStore store,
			ItemProcessor<DecidedOrder, LedgerEntry> orderApplier) {
		return steps.chunkRunEveryTime("applyOrdersStep",
				() -> new JdbcCursorItemReaderBuilder<DecidedOrder>().name("decidedOrderReader")
					.dataSource(dataSource)
					.sql(SqlFiles.load("apply/decided-orders.sql"))
					.queryArguments(run.reconRunId(), run.applyRunId())
					.rowMapper(ApplyStore::decidedOrder)
					.build(),
				orderApplier, chunk -> store.saveAll(chunk.getItems()));
	}

	/** IN_FLIGHT is committed in a transaction of its own, before the PSA is called (R11). */
	@Bean
	@StepScope
	public ItemProcessor<DecidedOrder, LedgerEntry> orderApplier(ApplyRun run, PsaChangeSink psa, ApplyStore store,
			PlatformTransactionManager transactionManager, Clock clock, MspSources sources) {
		TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// docs/rules.md §4.4: an MSP's orders go to the account its runs read, with its own credentials if it has any
		PsaChangeSink mspPsa = psa.forMsp(sources.of(run.key().msp()).inputs());
		return new OrderApplier(run.applyRunId(), run.reconRunId(), run.mode(), mspPsa, store,
				store.linesAppliedEarlier(run.reconRunId()),
				entry -> ownTransaction.executeWithoutResult(status -> store.save(entry)), clock);
	}

	@Bean
	public Step exportAppliedChangesStep(ApplyRun run, AppliedChangesExporter exporter) {
		return steps.taskletRunEveryTime("exportAppliedChangesStep", (contribution, context) -> {
			exporter.export(run);
			return RepeatStatus.FINISHED;
		});
	}

	@Bean
	public Step checkAppliedStep(ApplyRun run, AppliedChangesExporter exporter) {
		return steps.taskletRunEveryTime("checkAppliedStep", (contribution, context) -> {
			exporter.requireNoneFailed(run);
			return RepeatStatus.FINISHED;
		});
	}

}
