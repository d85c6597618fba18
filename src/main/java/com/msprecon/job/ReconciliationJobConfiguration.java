package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.changeorder.ExportTasklet;
import com.msprecon.changeorder.OutputExporter;
import com.msprecon.delivery.DeliveryProperties;
import com.msprecon.delivery.DeliveryTasklet;
import com.msprecon.input.SourceInput;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.mapping.LoadMappingsTasklet;
import com.msprecon.mapping.MappingStore;
import com.msprecon.mapping.MappingTableSource;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.metrics.PushgatewayListener;
import com.msprecon.psa.PsaSource;
import com.msprecon.reconciliation.AccountOutcome;
import com.msprecon.reconciliation.AccountResolver;
import com.msprecon.reconciliation.CompanyBundle;
import com.msprecon.reconciliation.CompanyOutcome;
import com.msprecon.reconciliation.CompanyReconciler;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultStore;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunLeaseListener;
import com.msprecon.run.RunKey;
import com.msprecon.run.RunRepository;
import com.msprecon.run.StartRunTasklet;
import com.msprecon.staging.CheckInputsTasklet;
import com.msprecon.staging.CompanyBundleReader;
import com.msprecon.staging.RestartInputsTasklet;
import com.msprecon.staging.RestartInputsTasklet.StagedInputs;
import com.msprecon.staging.StagedData;
import com.msprecon.staging.StagingTable;
import com.msprecon.staging.StagingWriter;
import com.msprecon.staging.VendorAccountStageReader;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
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
 * loadMappingsStep        account + service map, checked against the staged companies; a bad row fails
 *                         the run here, and the rerun reads the corrected files
 * checkInputsStep         orphans to rejects, read = used + rejected
 * resolveAccountsStep     R2/R3/R4/R8 per vendor account                       chunk
 * reconcileCompaniesStep  R1/R5/R6/R7 per PSA company                          chunk
 * exportOutputsStep       workbook and CSV files from the stored results
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

	public ReconciliationJobConfiguration(JobSteps steps, NamedParameterJdbcTemplate jdbc, RunContext run,
			ReconProperties properties) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.run = run;
		this.properties = properties;
	}

	@Bean
	public Job reconciliationJob(JobRepository jobRepository, RunStatusListener runStatus, GracefulStop gracefulStop,
			RunLeaseListener runLease,
			PushgatewayListener pushgateway, Step checkRestartInputsStep, Step startRunStep, Step stageVendorAccountsStep,
			Step stagePsaCompaniesStep, Step stagePsaAgreementsStep, Step stagePsaAdditionsStep, Step loadMappingsStep,
			Step checkInputsStep, Step resolveAccountsStep, Step reconcileCompaniesStep, Step exportOutputsStep,
			Step deliverOutputsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(RunKey.validator())
			// first: held before the others start, released after they end
			.listener(runLease)
			.listener(runStatus)
			.listener(gracefulStop)
			.listener(pushgateway)
			.start(checkRestartInputsStep)
			.next(startRunStep)
			.next(stageVendorAccountsStep)
			.next(stagePsaCompaniesStep)
			.next(stagePsaAgreementsStep)
			.next(stagePsaAdditionsStep)
			.next(loadMappingsStep)
			.next(checkInputsStep)
			.next(resolveAccountsStep)
			.next(reconcileCompaniesStep)
			.next(exportOutputsStep)
			.next(deliverOutputsStep)
			.build();
	}

	@Bean
	public LaunchableJob reconciliationCommand(Job reconciliationJob, OutputExporter exporter,
			VendorAccountSource vendor, PsaSource psa, MappingTableSource mappingTables) {
		List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
		inputs.addAll(psa.inputs());
		inputs.addAll(List.of(mappingTables.accountMapInput(), mappingTables.serviceMapInput()));
		return new LaunchableJob("run", reconciliationJob, "reconcile the month: the workbook and CSV files",
				exporter::export, inputs);
	}

	// --- the run and its inputs

	@Bean
	public Step checkRestartInputsStep(RunRepository runs, JobRepository jobRepository, VendorAccountSource vendor,
			PsaSource psa, MappingTableSource mappingTables) {
		return steps.everyExecution("checkRestartInputsStep", new RestartInputsTasklet(jdbc, runs, run, jobRepository,
				List.of(new StagedInputs("stageVendorAccountsStep", vendor.inputs(), StagingTable.VENDOR_ACCOUNTS),
						new StagedInputs("stagePsaCompaniesStep", List.of(psa.companiesInput()),
								StagingTable.PSA_COMPANIES),
						new StagedInputs("stagePsaAgreementsStep", List.of(psa.agreementsInput()),
								StagingTable.PSA_AGREEMENTS),
						new StagedInputs("stagePsaAdditionsStep", List.of(psa.additionsInput()),
								StagingTable.PSA_ADDITIONS),
						new StagedInputs("loadMappingsStep",
								List.of(mappingTables.accountMapInput(), mappingTables.serviceMapInput()), null))));
	}

	@Bean
	public Step startRunStep(RunRepository runs, VendorAccountSource vendor, PsaSource psa, Clock clock) {
		List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
		inputs.addAll(psa.inputs());
		return steps.tasklet("startRunStep", new StartRunTasklet(runs, run, inputs, clock));
	}

	@Bean
	public Step stageVendorAccountsStep(VendorAccountSource source) {
		return steps.copy("stageVendorAccountsStep", source::reader,
				new StagingWriter<>(jdbc, run, StagingTable.VENDOR_ACCOUNTS));
	}

	@Bean
	public Step stagePsaCompaniesStep(PsaSource source) {
		return steps.copy("stagePsaCompaniesStep", source::companies,
				new StagingWriter<>(jdbc, run, StagingTable.PSA_COMPANIES));
	}

	@Bean
	public Step stagePsaAgreementsStep(PsaSource source) {
		return steps.copy("stagePsaAgreementsStep", source::agreements,
				new StagingWriter<>(jdbc, run, StagingTable.PSA_AGREEMENTS));
	}

	@Bean
	public Step stagePsaAdditionsStep(PsaSource source) {
		return steps.copy("stagePsaAdditionsStep", source::additions,
				new StagingWriter<>(jdbc, run, StagingTable.PSA_ADDITIONS));
	}

	@Bean
	public Step loadMappingsStep(RunRepository runs, MappingTableSource mappingTables) {
		return steps.tasklet("loadMappingsStep", new LoadMappingsTasklet(jdbc, runs, run, mappingTables));
	}

	@Bean
	public Step checkInputsStep(RunRepository runs) {
		return steps.tasklet("checkInputsStep", new CheckInputsTasklet(jdbc, runs, run));
	}

	// --- resolution and reconciliation, from the staged data

	@Bean
	public Step resolveAccountsStep(ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor) {
		return steps.chunk("resolveAccountsStep",
				() -> new VendorAccountStageReader(new StagedData(jdbc, run.runId()), properties.chunkSize()),
				accountResolutionProcessor,
				chunk -> new ResultStore(jdbc, run.runId()).saveAccountOutcomes(chunk.getItems()));
	}

	/** The resolver holds the run's mapping tables and a matcher over its companies, built once per step. */
	@Bean
	@StepScope
	public ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor() {
		MappingStore mapping = new MappingStore(jdbc, run.runId());
		return AccountResolver.over(new StagedData(jdbc, run.runId()).companies(), mapping.accountMap(),
				new ServiceMap(mapping.serviceMap()), properties.seats())::resolve;
	}

	@Bean
	public Step reconcileCompaniesStep(ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor) {
		return steps.chunk("reconcileCompaniesStep",
				() -> new CompanyBundleReader(new StagedData(jdbc, run.runId()),
						new ResultReader(jdbc, run.runId())::contributionsOf, properties.chunkSize()),
				companyReconciliationProcessor,
				chunk -> new ResultStore(jdbc, run.runId()).saveCompanyOutcomes(chunk.getItems()));
	}

	/** Companies with nothing to reconcile are filtered out (the processor returns null). */
	@Bean
	@StepScope
	public ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor() {
		var reconciler = new CompanyReconciler(new ServiceMap(new MappingStore(jdbc, run.runId()).serviceMap()),
				run.asOfDate());
		return bundle -> {
			CompanyOutcome outcome = reconciler.reconcile(bundle);
			return outcome.isEmpty() ? null : outcome;
		};
	}

	// --- outputs

	@Bean
	public Step exportOutputsStep(OutputExporter exporter) {
		return steps.tasklet("exportOutputsStep", new ExportTasklet(exporter, run));
	}

	@Bean
	public Step deliverOutputsStep(OutputExporter exporter, DeliveryProperties delivery,
			ObjectProvider<JavaMailSender> mailSender) {
		return steps.tasklet("deliverOutputsStep",
				(contribution, context) -> new DeliveryTasklet(run, new ResultReader(jdbc, run.runId()),
						exporter.workbookOf(run), delivery, mailSender.getIfAvailable())
					.execute(contribution, context));
	}

}
