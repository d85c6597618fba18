package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.changeorder.ExportTasklet;
import com.msprecon.changeorder.OutputExporter;
import com.msprecon.changeorder.RunInfo;
import com.msprecon.delivery.DeliveryProperties;
import com.msprecon.delivery.DeliveryTasklet;
import com.msprecon.input.InputRow;
import com.msprecon.input.SourceInput;
import com.msprecon.mapping.LoadMappingsTasklet;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.matching.CompanyCandidate;
import com.msprecon.matching.SafeAccountMatcher;
import com.msprecon.metrics.PushgatewayListener;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.reconciliation.AccountOutcome;
import com.msprecon.reconciliation.AccountResolver;
import com.msprecon.reconciliation.CompanyBundle;
import com.msprecon.reconciliation.CompanyOutcome;
import com.msprecon.reconciliation.CompanyReconciler;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultStore;
import com.msprecon.run.RunPeriod;
import com.msprecon.run.RunRepository;
import com.msprecon.run.StartRunTasklet;
import com.msprecon.staging.CheckInputsTasklet;
import com.msprecon.staging.CompanyBundleReader;
import com.msprecon.staging.StagedData;
import com.msprecon.staging.StagingWriter;
import com.msprecon.staging.VendorAccountStageReader;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wiring of {@code reconciliationJob}: which steps, in which order, with which reader, processor and writer.
 * The rules live in {@code reconciliation}, the sources behind their ports, the SQL in {@code sql/}.
 *
 * <pre>
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

	/** Resolves the run id (the job instance id) inside a step-scoped bean. */
	private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	private static final String AS_OF_DATE = "#{jobParameters['asOfDate']}";

	private static final String ATTEMPT = "#{jobParameters['attempt']}";

	private static final String JOB = "#{stepExecution.jobExecution.jobInstance.jobName}";

	private final JobRepository jobRepository;

	private final PlatformTransactionManager tx;

	private final ReconProperties properties;

	private final ProgressListener progress;

	private final FaultInjector faults;

	public ReconciliationJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconProperties properties, ProgressListener progress, FaultInjector faults) {
		this.jobRepository = jobRepository;
		this.tx = transactionManager;
		this.properties = properties;
		this.progress = progress;
		this.faults = faults;
	}

	@Bean
	public Job reconciliationJob(RunStatusListener runStatus, GracefulStop gracefulStop, Step startRunStep, Step loadMappingsStep,
			Step stageVendorAccountsStep, Step stagePsaCompaniesStep, Step stagePsaAgreementsStep,
			Step stagePsaAdditionsStep, Step checkInputsStep, Step resolveAccountsStep, Step reconcileCompaniesStep,
			Step exportOutputsStep, Step deliverOutputsStep, PushgatewayListener pushgateway) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "asOfDate", "attempt" }, new String[0]))
			.listener(runStatus)
			.listener(gracefulStop)
			.listener(pushgateway)
			.start(startRunStep)
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

	// --- tasklet steps

	@Bean
	public Step startRunStep(Tasklet startRunTasklet) {
		return tasklet("startRunStep", startRunTasklet);
	}

	@Bean
	@StepScope
	public StartRunTasklet startRunTasklet(RunRepository runs, VendorAccountSource vendor, PsaSource psa, Clock clock,
			@Value(RUN_ID) long runId, @Value(JOB) String jobName, @Value(AS_OF_DATE) LocalDate asOfDate,
			@Value(ATTEMPT) Long attempt) {
		List<SourceInput> inputs = new ArrayList<>(vendor.inputs());
		inputs.addAll(psa.inputs());
		if (jobName.equals(MatchOnlyJobConfiguration.JOB_NAME)) {
			// matching reads no agreements or additions: only the inputs that are there are recorded
			inputs.removeIf(in -> in.file() != null && !java.nio.file.Files.exists(in.file()));
		}
		return new StartRunTasklet(runs, runId, jobName, asOfDate, attempt, inputs, clock);
	}

	@Bean
	public Step loadMappingsStep(Tasklet loadMappingsTasklet) {
		return tasklet("loadMappingsStep", loadMappingsTasklet);
	}

	@Bean
	@StepScope
	public LoadMappingsTasklet loadMappingsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs,
			@Value(RUN_ID) long runId) {
		return new LoadMappingsTasklet(jdbc, runs, runId, properties.inputDir());
	}

	@Bean
	public Step checkInputsStep(Tasklet checkInputsTasklet) {
		return tasklet("checkInputsStep", checkInputsTasklet);
	}

	@Bean
	@StepScope
	public CheckInputsTasklet checkInputsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs,
			@Value(RUN_ID) long runId) {
		return new CheckInputsTasklet(jdbc, runs, runId);
	}

	@Bean
	public Step exportOutputsStep(Tasklet exportTasklet) {
		return tasklet("exportOutputsStep", exportTasklet);
	}

	@Bean
	@StepScope
	public ExportTasklet exportTasklet(OutputExporter exporter, @Value(RUN_ID) long runId,
			@Value(AS_OF_DATE) LocalDate asOfDate, @Value(ATTEMPT) Long attempt) {
		return new ExportTasklet(exporter, new RunInfo(runId, asOfDate, RunPeriod.of(asOfDate), attempt));
	}

	@Bean
	public Step deliverOutputsStep(Tasklet deliveryTasklet) {
		return tasklet("deliverOutputsStep", deliveryTasklet);
	}

	@Bean
	@StepScope
	public DeliveryTasklet deliveryTasklet(NamedParameterJdbcTemplate jdbc, DeliveryProperties delivery,
			ObjectProvider<JavaMailSender> mailSender, @Value(RUN_ID) long runId,
			@Value(AS_OF_DATE) LocalDate asOfDate, @Value(ATTEMPT) Long attempt) {
		String period = RunPeriod.of(asOfDate);
		return new DeliveryTasklet(new RunInfo(runId, asOfDate, period, attempt), new ResultReader(jdbc, runId),
				properties.outputDir().resolve(period).resolve(OutputExporter.workbookName(period)),
				delivery, mailSender.getIfAvailable());
	}

	// --- staging: each source's reader is created per step execution through its port

	@Bean
	public Step stageVendorAccountsStep(ItemStreamReader<InputRow<VendorAccount>> vendorAccountReader,
			ItemWriter<InputRow<VendorAccount>> vendorAccountStagingWriter) {
		return chunk("stageVendorAccountsStep", vendorAccountReader, null, vendorAccountStagingWriter);
	}

	@Bean
	@StepScope
	public ItemStreamReader<InputRow<VendorAccount>> vendorAccountReader(VendorAccountSource source) {
		return source.reader();
	}

	@Bean
	@StepScope
	public StagingWriter<VendorAccount> vendorAccountStagingWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		return new StagingWriter<VendorAccount>(jdbc, runId, "staging/insert-vendor-account.sql", (row, p) -> {
			VendorAccount a = row.value();
			return p.addValue("accountCode", a.accountCode())
				.addValue("accountName", a.accountName())
				.addValue("userCount", a.userCount())
				.addValue("packages", StagedData.join(a.packages()))
				.addValue("domains", StagedData.join(a.domains()))
				.addValue("actualUsers", a.actualUsers());
		});
	}

	@Bean
	public Step stagePsaCompaniesStep(ItemStreamReader<InputRow<PsaCompany>> psaCompanyReader,
			ItemWriter<InputRow<PsaCompany>> psaCompanyStagingWriter) {
		return chunk("stagePsaCompaniesStep", psaCompanyReader, null, psaCompanyStagingWriter);
	}

	@Bean
	@StepScope
	public ItemStreamReader<InputRow<PsaCompany>> psaCompanyReader(PsaSource source) {
		return source.companies();
	}

	@Bean
	@StepScope
	public StagingWriter<PsaCompany> psaCompanyStagingWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		return new StagingWriter<PsaCompany>(jdbc, runId, "staging/insert-psa-company.sql", (row, p) -> {
			PsaCompany c = row.value();
			return p.addValue("companyId", c.companyId())
				.addValue("identifier", c.identifier())
				.addValue("name", c.name())
				.addValue("website", c.website())
				.addValue("status", c.status());
		});
	}

	@Bean
	public Step stagePsaAgreementsStep(ItemStreamReader<InputRow<PsaAgreement>> psaAgreementReader,
			ItemWriter<InputRow<PsaAgreement>> psaAgreementStagingWriter) {
		return chunk("stagePsaAgreementsStep", psaAgreementReader, null, psaAgreementStagingWriter);
	}

	@Bean
	@StepScope
	public ItemStreamReader<InputRow<PsaAgreement>> psaAgreementReader(PsaSource source) {
		return source.agreements();
	}

	@Bean
	@StepScope
	public StagingWriter<PsaAgreement> psaAgreementStagingWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		return new StagingWriter<PsaAgreement>(jdbc, runId, "staging/insert-psa-agreement.sql", (row, p) -> {
			PsaAgreement a = row.value();
			return p.addValue("agreementId", a.agreementId())
				.addValue("companyId", a.companyId())
				.addValue("name", a.name())
				.addValue("status", a.status());
		});
	}

	@Bean
	public Step stagePsaAdditionsStep(ItemStreamReader<InputRow<PsaAddition>> psaAdditionReader,
			ItemWriter<InputRow<PsaAddition>> psaAdditionStagingWriter) {
		return chunk("stagePsaAdditionsStep", psaAdditionReader, null, psaAdditionStagingWriter);
	}

	@Bean
	@StepScope
	public ItemStreamReader<InputRow<PsaAddition>> psaAdditionReader(PsaSource source) {
		return source.additions();
	}

	@Bean
	@StepScope
	public StagingWriter<PsaAddition> psaAdditionStagingWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		return new StagingWriter<PsaAddition>(jdbc, runId, "staging/insert-psa-addition.sql", (row, p) -> {
			PsaAddition a = row.value();
			return p.addValue("additionId", a.additionId())
				.addValue("agreementId", a.agreementId())
				.addValue("productIdentifier", a.productIdentifier())
				.addValue("quantity", a.quantity())
				.addValue("lessIncluded", a.lessIncluded())
				.addValue("unitPrice", a.unitPrice())
				.addValue("unitCost", a.unitCost())
				.addValue("billCustomer", a.billCustomer())
				.addValue("effectiveDate", a.effectiveDate())
				.addValue("cancelledDate", a.cancelledDate());
		});
	}

	// --- resolution and reconciliation, from the staged data

	@Bean
	public Step resolveAccountsStep(ItemStreamReader<VendorAccount> stagedVendorAccountReader,
			ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor,
			ItemWriter<AccountOutcome> accountOutcomeWriter) {
		return chunk("resolveAccountsStep", stagedVendorAccountReader, accountResolutionProcessor,
				accountOutcomeWriter);
	}

	@Bean
	@StepScope
	public VendorAccountStageReader stagedVendorAccountReader(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		return new VendorAccountStageReader(new StagedData(jdbc, runId), properties.chunkSize());
	}

	/** The resolver holds the run's mapping tables and a matcher over its companies, built once per step. */
	@Bean
	@StepScope
	public ItemProcessor<VendorAccount, AccountOutcome> accountResolutionProcessor(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		StagedData staged = new StagedData(jdbc, runId);
		List<PsaCompany> companies = staged.companies();
		Map<String, String> names = companies.stream()
			.collect(Collectors.toMap(PsaCompany::companyId, PsaCompany::name));
		var matcher = SafeAccountMatcher.over(companies.stream()
			.filter(PsaCompany::isMatchCandidate)
			.map(c -> new CompanyCandidate(c.companyId(), c.name(), c.website()))
			.toList());
		return new AccountResolver(staged.accountMap(), names, matcher, new ServiceMap(staged.serviceMap()),
				properties.seats())::resolve;
	}

	@Bean
	@StepScope
	public ItemWriter<AccountOutcome> accountOutcomeWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		ResultStore store = new ResultStore(jdbc, runId);
		return chunk -> store.saveAccountOutcomes(chunk.getItems());
	}

	@Bean
	public Step reconcileCompaniesStep(ItemStreamReader<CompanyBundle> companyBundleReader,
			ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor,
			ItemWriter<CompanyOutcome> companyOutcomeWriter) {
		return chunk("reconcileCompaniesStep", companyBundleReader, companyReconciliationProcessor,
				companyOutcomeWriter);
	}

	@Bean
	@StepScope
	public CompanyBundleReader companyBundleReader(NamedParameterJdbcTemplate jdbc, @Value(RUN_ID) long runId) {
		return new CompanyBundleReader(new StagedData(jdbc, runId), properties.chunkSize());
	}

	/** Companies with nothing to reconcile are filtered out (the processor returns null). */
	@Bean
	@StepScope
	public ItemProcessor<CompanyBundle, CompanyOutcome> companyReconciliationProcessor(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId, @Value(AS_OF_DATE) LocalDate asOfDate) {
		var reconciler = new CompanyReconciler(new ServiceMap(new StagedData(jdbc, runId).serviceMap()), asOfDate);
		return bundle -> {
			CompanyOutcome outcome = reconciler.reconcile(bundle);
			return outcome.isEmpty() ? null : outcome;
		};
	}

	@Bean
	@StepScope
	public ItemWriter<CompanyOutcome> companyOutcomeWriter(NamedParameterJdbcTemplate jdbc,
			@Value(RUN_ID) long runId) {
		ResultStore store = new ResultStore(jdbc, runId);
		return chunk -> store.saveCompanyOutcomes(chunk.getItems());
	}

	// --- builders

	private Step tasklet(String name, Tasklet tasklet) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, tx).listener((StepExecutionListener) progress).build();
	}

	private <I, O> Step chunk(String name, ItemReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer) {
		var builder = new StepBuilder(name, jobRepository).<I, O>chunk(properties.chunkSize())
			.reader(reader)
			.writer(writer)
			.transactionManager(tx)
			.listener((StepListener) progress)
			.listener((StepListener) faults);
		if (processor != null) {
			builder.processor(processor);
		}
		return builder.build();
	}

}
