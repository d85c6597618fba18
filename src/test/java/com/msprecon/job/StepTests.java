package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.reconciliation.CompanyOutcome;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultStore;
import com.msprecon.run.RunKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Single steps of {@code reconciliationJob}, each run alone in a job of its own (Spring Batch's
 * {@link JobOperatorTestUtils}), and the results' owner against the real database: what each step leaves in
 * the tables it owns.
 */
abstract class StepTests extends JobTestSupport {

	private static final AtomicLong ATTEMPTS = new AtomicLong(500);

	@Autowired
	private NamedParameterJdbcTemplate named;

	private JobOperatorTestUtils steps;

	@BeforeEach
	void stepRunner() {
		steps = new JobOperatorTestUtils(jobOperator, jobRepository);
		steps.setJob(reconciliationJob);
	}

	private JobExecution start(String step) {
		var parameters = RunKey.of(LocalDate.of(2026, 11, 15), ATTEMPTS.incrementAndGet()).toJobParameters();
		JobExecution execution = steps.startStep(step, parameters, new ExecutionContext());
		assertThat(execution.getStatus()).as(step).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	@Test
	void startRunStepRegistersTheRunWithItsKeyAndEveryInputsHash() {
		long runId = runId(start("startRunStep"));

		assertThat(jdbc.queryForMap("select msp, period, attempt, status from recon_run where run_id = ?", runId))
			.containsEntry("MSP", "default")
			.containsEntry("PERIOD", "2026-11")
			.containsEntry("STATUS", "STARTED");
		assertThat(jdbc.queryForList("select input_name from recon_input where run_id = ? and sha256 is not null "
				+ "order by input_name", String.class, runId))
			.containsExactly("mimecast-accounts.csv", "psa-additions.csv", "psa-agreements.csv", "psa-companies.csv");
	}

	@Test
	void stageVendorAccountsStepStagesEveryGoodRowAndRejectsTheRestWithLineAndColumn() throws Exception {
		writeInput("mimecast-accounts.csv", """
				account_code,account_name,user_count,packages,domains,actual_users
				A1,Acme,10,Email Security Cloud Gateway [1001],acme.com;acme.org,12
				A2,Beta,ten,,,
				A3,Gamma,3,,,
				""");

		long runId = runId(start("stageVendorAccountsStep"));

		assertThat(jdbc.queryForList("select account_code from stg_vendor_account where run_id = ? order by 1",
				String.class, runId)).containsExactly("A1", "A3");
		assertThat(jdbc.queryForMap("select line_no, column_name from input_reject where run_id = ?", runId))
			.containsEntry("LINE_NO", 3L)
			.containsEntry("COLUMN_NAME", "user_count");
	}

	@Test
	void thePsaStagingStepsStageCompaniesAgreementsAndAdditionsInTheProductsWords() {
		long companies = runId(start("stagePsaCompaniesStep"));
		long agreements = runId(start("stagePsaAgreementsStep"));
		long additions = runId(start("stagePsaAdditionsStep"));

		assertThat(count("stg_psa_company", companies)).isEqualTo(6);
		assertThat(count("stg_psa_agreement", agreements)).isEqualTo(8);
		assertThat(count("stg_psa_addition", additions) + count("input_reject", additions))
			.as("read = used + rejected: the 12 rows of the file").isEqualTo(12);
		assertThat(count("input_reject", additions)).isEqualTo(1);
		assertThat(jdbc.queryForList("select distinct status from stg_psa_agreement where run_id = ?", String.class,
				agreements)).allMatch(s -> List.of("Active", "Cancelled", "Expired", "Inactive").contains(s));
	}

	@Test
	void loadMappingsStepFailsOnAMappedCompanyThePsaDataLacksAndKeepsNoTable() {
		// run alone, the step sees no staged companies: every mapped company is unknown
		var parameters = RunKey.of(LocalDate.of(2026, 11, 15), ATTEMPTS.incrementAndGet()).toJobParameters();
		JobExecution execution = steps.startStep("loadMappingsStep", parameters, new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).contains("account-map.csv line 2, column psa_company_id"));
		assertThat(count("map_account", runId(execution))).as("rolled back with the step").isZero();
	}

	@Test
	void resultsAreStoredOncePerRunHoweverOftenAChunkIsWrittenAndReadBackInOutputOrder() {
		long runId = runId(start("startRunStep"));
		ReconciliationLine line = new ReconciliationLine("C1|P", LineStatus.UNDER_BILLED, List.of("A1"), "C1",
				"Acme", "P", new BigDecimal("12"), new BigDecimal("10"), new BigDecimal("2"), new BigDecimal("5.00"),
				null);
		ChangeOrder order = new ChangeOrder("O1", "C1|P", ChangeAction.ADJUST, "C1", "Acme", "AG1", "MSA", "AD1", "P",
				new BigDecimal("10"), new BigDecimal("12"), new BigDecimal("2"), new BigDecimal("2.50"),
				new BigDecimal("5.00"), LocalDate.of(2026, 12, 1), false, null);
		CompanyOutcome outcome = new CompanyOutcome(List.of(line), List.of(order));
		ResultStore store = new ResultStore(named, runId);

		store.saveCompanyOutcomes(List.of(outcome));
		store.saveCompanyOutcomes(List.of(outcome)); // the chunk written again after a failed commit

		ResultReader reader = new ResultReader(named, runId);
		List<ReconciliationLine> lines = new ArrayList<>();
		reader.lines(lines::add);
		List<ChangeOrder> orders = new ArrayList<>();
		reader.changeOrdersInContext(o -> orders.add(o.order()));
		assertThat(lines).singleElement().satisfies(l -> {
			assertThat(l.lineKey()).isEqualTo("C1|P");
			assertThat(l.status()).isEqualTo(LineStatus.UNDER_BILLED);
			assertThat(l.accountCodes()).containsExactly("A1");
			assertThat(l.delta()).isEqualByComparingTo("2");
			assertThat(l.monthlyImpact()).isEqualByComparingTo("5.00");
		});
		assertThat(orders).singleElement().satisfies(o -> {
			assertThat(o.orderKey()).isEqualTo("O1");
			assertThat(o.newQty()).isEqualByComparingTo("12");
			assertThat(o.action()).isEqualTo(ChangeAction.ADJUST);
		});
	}

	private long count(String table, long runId) {
		return jdbc.queryForObject("select count(*) from " + table + " where run_id = ?", Long.class, runId);
	}

}
