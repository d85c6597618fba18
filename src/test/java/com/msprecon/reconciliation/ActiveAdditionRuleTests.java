package com.msprecon.reconciliation;

import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.BillingMode;
import static com.msprecon.reconciliation.Fixtures.addition;
import static com.msprecon.reconciliation.Fixtures.agreement;
import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.psa.PsaAddition;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R1: an addition counts iff its agreement is Active, effective_date empty or <= asOf, cancelled_date empty or > asOf. */
class ActiveAdditionRuleTests {

	private static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);

	private static boolean isActive(PsaAddition addition, String agreementStatus) {
		return ActiveAdditionRule.isActive(addition, agreement("AG1", agreementStatus), AS_OF);
	}

	/** The words of the inputs (any case) are the adapters' business: CsvPsaSourceTests, ConnectWisePsaSourceTests. */
	@ParameterizedTest(name = "R1 agreement status {0} -> counts: {1}")
	@CsvSource({ "ACTIVE, true", "CANCELLED, false", "EXPIRED, false", "INACTIVE, false" })
	void onlyAnActiveAgreementBills(AgreementStatus status, boolean expected) {
		assertThat(ActiveAdditionRule.isActive(addition("1", "AG1", "P", "1", null, null),
				new PsaAgreement("AG1", "C1", "Agreement", status), AS_OF))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "R1 effective_date {0} (as of 2025-03-15) -> counts: {1}")
	@CsvSource(nullValues = "empty", value = { "empty, true", "2025-03-14, true", "2025-03-15, true",
			"2025-03-16, false", "2026-01-01, false" })
	void effectiveDateEmptyOrOnOrBeforeAsOf(String effective, boolean expected) {
		assertThat(isActive(addition("1", "AG1", "P", "1", null, effective), "Active")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "R1 cancelled_date {0} (as of 2025-03-15) -> counts: {1}")
	@CsvSource(nullValues = "empty", value = { "empty, true", "2025-03-14, false", "2025-03-15, false",
			"2025-03-16, true" })
	void cancelledDateEmptyOrAfterAsOf(String cancelled, boolean expected) {
		assertThat(isActive(addition("1", "AG1", "P", "1", null, "2024-01-01", cancelled), "Active"))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "R1 an Active addition in a {0} agreement never counts")
	@ValueSource(strings = { "Cancelled", "Expired", "Inactive" })
	void inactiveAgreementWinsOverGoodDates(String status) {
		assertThat(isActive(addition("1", "AG1", "P", "1", null, "2024-01-01", "2026-01-01"), status)).isFalse();
	}

	@ParameterizedTest(name = "R1 bill_customer ''{0}'' does not filter")
	@ValueSource(strings = { "Billable", "DoNotBill", "NoCharge", "" })
	void billCustomerDoesNotFilter(String billCustomer) {
		PsaAddition addition = new PsaAddition("1", "AG1", "P", BigDecimal.ONE, BigDecimal.ZERO, null, null,
				billCustomer.isEmpty() ? null : BillingMode.ofLabel(billCustomer).orElseThrow(), null, null);
		assertThat(isActive(addition, "Active")).isTrue();
	}

}
