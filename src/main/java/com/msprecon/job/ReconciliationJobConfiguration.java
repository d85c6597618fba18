package com.msprecon.job;

import com.msprecon.MatchingProperties;
import com.msprecon.ReconProperties;
import com.msprecon.apply.ApplyStore;
import com.msprecon.apply.ChangeOrderCsv;
import com.msprecon.delivery.DeliveryProperties;
import com.msprecon.delivery.DeliveryTasklet;
import com.msprecon.history.CompareWithPreviousRunTasklet;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.mapping.LoadMappingsTasklet;
import com.msprecon.mapping.MappingStore;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.metrics.PushgatewayListener;
import com.msprecon.output.ExportTasklet;
import com.msprecon.output.OutputExporter;
import com.msprecon.output.OutputFolder;
import com.msprecon.output.OutputSink;
import com.msprecon.output.WorkbookWarmUp;
import com.msprecon.reconciliation.AccountOutcome;
import com.msprecon.reconciliation.AccountResolver;
import com.msprecon.reconciliation.CompanyBundle;
import com.msprecon.reconciliation.CompanyOutcome;
import com.msprecon.reconciliation.CompanyReconciler;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultStore;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunLeaseListener;
import com.msprecon.run.RunRepository;
import com.msprecon.run.StartRunTasklet;
import com.msprecon.staging.CheckInputsTasklet;
import com.msprecon.staging.CompanyBundleReader;
import com.msprecon.staging.RestartInputsTasklet;
import com.msprecon.staging.StagedData;
import com.msprecon.staging.StagingTable;
import com.msprecon.staging.StagingWriter;
import com.msprecon.staging.TableStatistics;
import com.msprecon.staging.VendorAccountStageReader;
import com.msprecon.usage.LinkUsageTasklet;
import com.msprecon.usage.UsageTables;
import com.msprecon.vendor.VendorAccount;
import java.io.IOException;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wiring of {@code reconciliationJob} (the {@code run} command): which steps, in which order, with which
 * reader, processor and writer. The rules live in {@code reconciliation}, the sources behind their ports, the
 * SQL in {@code sql/}; every step gets its run from the step-scoped {@link RunContext}.
 *
 * <pre>
 * checkRestartInputsStep  at a restart: a changed input refuses the rerun or is staged again (every execution)
 * startRunStep            register the run, hash its source inputs
 * stageVendorAccountsStep vendor accounts  -> stg_vendor_account (+ rejects)   chunk
 * stagePsaCompaniesStep   PSA companies    -> stg_psa_company                  chunk
 * stagePsaAgreementsStep  PSA agreements   -> stg_psa_agreement                chunk
 * stagePsaAdditionsStep   PSA additions    -> stg_psa_addition                 chunk
 * stageUsageStep          usage counts     -> stg_usage (per tenant or row)     chunk
 * loadMappingsStep        account + service map, checked against the staged companies; a bad row fails
 *                         the run here, and the rerun reads the corrected files
 * checkInputsStep         orphans to rejects, read = used + rejected
 * linkUsageStep           usage to vendor accounts -> usage_account (§4.3)
 * resolveAccountsStep     R2/R3/R4/R8 per vendor account                       chunk
 * reconcileCompaniesStep  R1/R5/R6/R7 per PSA company                          chunk
 * compareWithPreviousRunStep R9: this run's lines and resolutions against the previous run's, stored with the run
 * exportOutputsStep       workbook and CSV files from the stored results
 * exportChangeOrdersStep  psa-change-orders.csv: every order with its key, for approval (R10)
 * deliverOutputsStep      mail the workbook to finance, when configured (a failure fails only this step)
 * </pre>
 */
@Configuration
public class ReconciliationJobConfiguration {

	public static final String JOB_NAME = "reconciliationJob";

	private final JobSteps steps;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunContext run;

	private final ReconProperties properties;

	private final boolean postgres;

	private final OutputSink outputs;

	public ReconciliationJobConfiguration(JobSteps steps, NamedParameterJdbcTemplate jdbc, RunContext run,
			ReconProperties properties, OutputSink outputs, @Value("${spring.datasource.url:}") String url) {
		this.outputs = outputs;
		this.steps = steps;
		this.jdbc = jdbc;
		this.run = run;
		this.properties = properties;
		this.postgres = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
	}

	@Bean
	public Job reconciliationJob(JobRepository jobRepository, RunStatusListener runStatus, GracefulStop gracefulStop,
			RunLeaseListener runLease, PushgatewayListener pushgateway, WorkbookWarmUp workbookWarmUp,
			Step checkRestartInputsStep, Step startRunStep,
			Step stageVendorAccountsStep, Step stagePsaCompaniesStep, Step stagePsaAgreementsStep,
			Step stagePsaAdditionsStep, Step stageUsageStep, Step loadMappingsStep, Step checkInputsStep,
			Step linkUsageStep, Step resolveAccountsStep, Step reconcileCompaniesStep, Step compareWithPreviousRunStep,
			Step exportOutputsStep, Step exportChangeOrdersStep, Step deliverOutputsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(RunKey.validator())
			// first: held before the others start, released after they end
			.listener(runLease)
			.listener(runStatus)
			.listener(gracefulStop)
			.listener(pushgateway)
			.listener(workbookWarmUp)
			// last: its afterJob runs first, so that the listeners' writes and the final update wait for the disk
			.listener(RunTransactionManager.deferFlushWhileRunning())
			.start(checkRestartInputsStep)
			.next(startRunStep)
			.next(stageVendorAccountsStep)
			.next(stagePsaCompaniesStep)
			.next(stagePsaAgreementsStep)
			.next(stagePsaAdditionsStep)
			.next(stageUsageStep)
			.next(loadMappingsStep)
			.next(checkInputsStep)
			.next(linkUsageStep)
			.next(resolveAccountsStep)
			.next(reconcileCompaniesStep)
			.next(compareWithPreviousRunStep)
			.next(exportOutputsStep)
			.next(exportChangeOrdersStep)
			.next(deliverOutputsStep)
			.build();
	}

	@Bean
	public LaunchableJob reconciliationCommand(Job reconciliationJob, OutputExporter exporter, MspSources sources,
			ApplyStore ledger) {
		return new LaunchableJob("run", reconciliationJob, "reconcile the month: the workbook and CSV files",
				run -> export(run, exporter, ledger), exporter::report, RunKey::toJobParameters,
				key -> sources.of(key.msp()).all());
	}

	/** The outputs, and the change orders with their keys for approval (docs/rules.md R10). */
	private String export(RunContext run, OutputExporter exporter, ApplyStore ledger) throws IOException {
		String where = exporter.export(run);
		writeChangeOrders(run, ledger);
		return where;
	}

	/** R12: the ledger of the apply feature says which orders an earlier apply run carried out already. */
	private void writeChangeOrders(RunContext run, ApplyStore ledger) throws IOException {
		outputs.write(OutputFolder.of(run.key()), ChangeOrderCsv.FILE, ChangeOrderCsv
			.of(new ResultReader(jdbc, run.runId()), ledger.appliedEarlierNotes(run.runId())));
	}

	// --- the run and its inputs

	@Bean
	public Step checkRestartInputsStep(RunRepository runs, JobRepository jobRepository, MspSources sources) {
		return steps.everyExecution("checkRestartInputsStep", (contribution, context) -> new RestartInputsTasklet(jdbc,
				runs, run, jobRepository, sources.of(run.msp()).staged()).execute(contribution, context));
	}

	@Bean
	public Step startRunStep(RunRepository runs, MspSources sources, Clock clock) {
		return steps.tasklet("startRunStep", (contribution, context) -> new StartRunTasklet(runs, run,
				sources.of(run.msp()).sourceInputs(), clock).execute(contribution, context));
	}

	@Bean
	public Step stageVendorAccountsStep(MspSources sources) {
		return steps.copy("stageVendorAccountsStep", () -> sources.of(run.msp()).vendor().reader(),
				new StagingWriter<>(jdbc, run, StagingTable.VENDOR_ACCOUNTS), statisticsOf("stg_vendor_account"));
	}

	@Bean
	public Step stagePsaCompaniesStep(MspSources sources) {
		return steps.copy("stagePsaCompaniesStep", () -> sources.of(run.msp()).psa().companies(),
				new StagingWriter<>(jdbc, run, StagingTable.PSA_COMPANIES), statisticsOf("stg_psa_company"));
	}

	@Bean
	public Step stagePsaAgreementsStep(MspSources sources) {
		return steps.copy("stagePsaAgreementsStep", () -> sources.of(run.msp()).psa().agreements(),
				new StagingWriter<>(jdbc, run, StagingTable.PSA_AGREEMENTS), statisticsOf("stg_psa_agreement"));
	}

	@Bean
	public Step stagePsaAdditionsStep(MspSources sources) {
		return steps.copy("stagePsaAdditionsStep", () -> sources.of(run.msp()).psa().additions(),
				new StagingWriter<>(jdbc, run, StagingTable.PSA_ADDITIONS), statisticsOf("stg_psa_addition"));
	}

	@Bean
	public Step stageUsageStep(MspSources sources) {
		return steps.copy("stageUsageStep", () -> sources.of(run.msp()).usage().reader(),
				new StagingWriter<>(jdbc, run, UsageTables.STAGED_USAGE), statisticsOf("stg_usage"));
	}

	/** PostgreSQL plans the next steps' queries with statistics of the tables a step filled (issue 16). */
	private TableStatistics statisticsOf(String... tables) {
		return new TableStatistics(jdbc, postgres, tables);
	}

	@Bean
	public Step loadMappingsStep(RunRepository runs, MspSources sources) {
		return steps.tasklet("loadMappingsStep", (contribution, context) -> new LoadMappingsTasklet(jdbc, runs, run,
				sources.of(run.msp()).mappingTables()).execute(contribution, context));
	}

	@Bean
	public Step checkInputsStep(RunRepository runs) {
		return steps.tasklet("checkInputsStep", new CheckInputsTasklet(jdbc, runs, run));
	}

	// --- resolution and reconciliation, from the staged data

	@Bean
	public Step linkUsageStep(MspSources sources) {
		// the vendor account pages left-join usage_account: without its statistics PostgreSQL took it for a few rows
		// and read all of it for every page (issue 16: 128 s of 192 at 50,000 companies)
		return steps.tasklet("linkUsageStep", (contribution, context) -> new LinkUsageTasklet(jdbc, run,
				sources.of(run.msp()).usage()).execute(contribution, context), statisticsOf("usage_account"));
	}

	@Bean
	public Step resolveAccountsStep(ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor) {
		return steps.chunk("resolveAccountsStep",
				() -> new VendorAccountStageReader(new StagedData(jdbc, run.runId()), properties.chunkSize()),
				accountResolutionProcessor,
				chunk -> new ResultStore(jdbc, run.runId()).saveAccountOutcomes(chunk.getItems()),
				statisticsOf("account_resolution", "vendor_contribution", "vendor_sync_up", "recon_line"));
	}

	/** The resolver holds the run's mapping tables and a matcher over its companies, built once per step. */
	@Bean
	@StepScope
	public ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor(MatchingProperties matching,
			MspSources sources) {
		MappingStore mapping = new MappingStore(jdbc, run.runId());
		return AccountResolver.over(new StagedData(jdbc, run.runId()).companies(), matching.mspTags(),
				mapping.accountMap(),
				new ServiceMap(mapping.serviceMap()), sources.of(run.msp()).settings().seats())::resolve;
	}

	@Bean
	public Step reconcileCompaniesStep(ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor) {
		return steps.chunk("reconcileCompaniesStep",
				() -> new CompanyBundleReader(new StagedData(jdbc, run.runId()),
						new ResultReader(jdbc, run.runId())::contributionsOf, properties.chunkSize()),
				companyReconciliationProcessor,
				chunk -> new ResultStore(jdbc, run.runId()).saveCompanyOutcomes(chunk.getItems()),
				statisticsOf("recon_line", "psa_change_order"));
	}

	/** Companies with nothing to reconcile are filtered out (the processor returns null). */
	@Bean
	@StepScope
	public ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor() {
		var reconciler = new CompanyReconciler(new ServiceMap(new MappingStore(jdbc, run.runId()).serviceMap()),
				run.asOfDate(), run.runId());
		return bundle -> {
			CompanyOutcome outcome = reconciler.reconcile(bundle);
			return outcome.isEmpty() ? null : outcome;
		};
	}

	// --- month over month, from the stored results

	@Bean
	public Step compareWithPreviousRunStep() {
		return steps.tasklet("compareWithPreviousRunStep", new CompareWithPreviousRunTasklet(jdbc, run),
				statisticsOf("history_line", "history_account", "history_revenue"));
	}

	// --- outputs

	@Bean
	public Step exportOutputsStep(OutputExporter exporter) {
		return steps.tasklet("exportOutputsStep", new ExportTasklet(exporter, run));
	}

	@Bean
	public Step exportChangeOrdersStep(OutputExporter exporter, ApplyStore ledger) {
		return steps.tasklet("exportChangeOrdersStep", (contribution, context) -> {
			writeChangeOrders(run, ledger);
			return RepeatStatus.FINISHED;
		});
	}

	@Bean
	public Step deliverOutputsStep(OutputExporter exporter, DeliveryProperties delivery,
			ObjectProvider<JavaMailSender> mailSender, MspSources sources) {
		return steps.tasklet("deliverOutputsStep",
				(contribution, context) -> new DeliveryTasklet(run, new ResultReader(jdbc, run.runId()), outputs,
						OutputFolder.of(run.key()), OutputExporter.workbookName(run.period()), exporter.vendorName(),
						sources.of(run.msp()).mailTo().map(delivery::withMailTo).orElse(delivery),
						mailSender.getIfAvailable())
					.execute(contribution, context));
	}

}
