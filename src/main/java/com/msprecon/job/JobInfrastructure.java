package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.apply.ApplyStore;
import com.msprecon.mapping.FileMappingTables;
import com.msprecon.mapping.MappingTableSource;
import com.msprecon.msp.MspDirectory;
import com.msprecon.msp.MspsProperties;
import com.msprecon.output.FolderOutputSink;
import com.msprecon.output.OutputExporter;
import com.msprecon.output.OutputSink;
import com.msprecon.output.WorkbookWarmUp;
import com.msprecon.psa.PsaSource;
import com.msprecon.run.AdvisoryLockLeases;
import com.msprecon.run.HeartbeatLeases;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunLeaseListener;
import com.msprecon.run.RunLeases;
import com.msprecon.run.RunRepository;
import com.msprecon.usage.UsageSource;
import com.msprecon.vendor.VendorAccountSource;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Beans every job shares: the clock of the configured time zone, the run and its register, the run's lease, the
 * exporter.
 */
@Configuration
public class JobInfrastructure {

	/**
	 * On PostgreSQL, pgjdbc sends a batch of inserts as multi-row inserts ({@code reWriteBatchedInserts}): the
	 * mapping tables, the approvals and {@code sql.BulkInsert}'s fallback batch their rows (the staging and result
	 * writers use COPY), and one statement of many rows spares the server a statement per row (issue 16). No writer reads a batch's update counts, which the rewrite no longer gives per row.
	 */
	@Bean
	public static BeanPostProcessor postgresBatchedInserts() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl()) == DatabaseDriver.POSTGRESQL) {
					pool.addDataSourceProperty("reWriteBatchedInserts", "true");
				}
				return bean;
			}

		};
	}

	/** Every job's transactions; a reconciliation run's may defer the flush of their commits (see there). */
	@Bean
	public RunTransactionManager transactionManager(DataSource dataSource) {
		return new RunTransactionManager(dataSource);
	}

	@Bean
	public Clock clock(ReconProperties properties) {
		return Clock.system(properties.timeZone());
	}

	/** The run each step works for, resolved when the step runs: the one bean a step asks for its run. */
	@Bean
	@StepScope
	public RunContext runContext(@Value("#{stepExecution}") StepExecution stepExecution) {
		return RunContext.of(stepExecution);
	}

	/** The mapping tables: the MSP's CSV files in the input directory. */
	@Bean
	public MappingTableSource mappingTableSource(ReconProperties properties) {
		return new FileMappingTables(properties.inputDir());
	}

	@Bean
	public RunRepository runRepository(NamedParameterJdbcTemplate jdbc) {
		return new RunRepository(jdbc);
	}

	/**
	 * Which live process works on a run: an advisory lock on PostgreSQL (released by the server when the process
	 * dies), a heartbeat row elsewhere.
	 */
	@Bean
	public RunLeases runLeases(DataSource dataSource, NamedParameterJdbcTemplate jdbc, Clock clock,
			@Value("${spring.datasource.url:}") String url) {
		if (DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL) {
			return new AdvisoryLockLeases(dataSource, Duration.ofSeconds(10));
		}
		return new HeartbeatLeases(jdbc, clock, Duration.ofSeconds(5), Duration.ofSeconds(30));
	}

	@Bean
	public RunLeaseListener runLeaseListener(RunLeases leases) {
		return new RunLeaseListener(leases);
	}

	@Bean
	public OutputExporter outputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs,
			VendorAccountSource vendor, ApplyStore ledger, MspSources sources, OutputSink outputs) {
		// R12: the apply feature tells which orders an earlier apply run has carried out already
		return new OutputExporter(jdbc, runs, outputs, msp -> sources.of(msp).settings().currency(),
				vendor.vendorName(), ledger::appliedEarlierNotes);
	}

	/** Loads Apache POI in the background, once per JVM, if {@code main} has not started it before Spring. */
	@Bean
	public WorkbookWarmUp workbookWarmUp() {
		return new WorkbookWarmUp();
	}

	/** Where the output files go: the folder of {@code recon.output-dir} (docs/rules.md §5). */
	@Bean
	public OutputSink outputSink(ReconProperties properties) {
		return new FolderOutputSink(properties.outputDir());
	}

	/** Where each MSP's inputs and settings are (docs/rules.md §4.4). */
	@Bean
	public MspDirectory mspDirectory(MspsProperties msps, ReconProperties properties) {
		return new MspDirectory(msps.dir(), properties.inputDir());
	}

	@Bean
	public MspSources mspSources(MspDirectory msps, ReconProperties properties, VendorAccountSource vendor,
			PsaSource psa, UsageSource usage, MappingTableSource mappingTables, ConfigurableEnvironment environment) {
		return new MspSources(msps, properties, vendor, psa, usage, mappingTables, environment);
	}

}
