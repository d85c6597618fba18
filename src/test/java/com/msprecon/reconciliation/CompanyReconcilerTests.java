package com.msprecon.reconciliation;

import static com.msprecon.reconciliation.Fixtures.addition;
import static com.msprecon.reconciliation.Fixtures.agreement;
import static com.msprecon.reconciliation.Fixtures.mapRow;
import static com.msprecon.reconciliation.Fixtures.serviceMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.msprecon.mapping.ServiceMap;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5 (PSA quantity), R6 (status, delta) and R7 (PSA change orders) for one company. */
class CompanyReconcilerTests {

	private static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);

	/** R7: change orders take effect on the first day of the month after the as-of date. */
	private static final LocalDate NEXT_MONTH = LocalDate.of(2025, 4, 1);

	private static final PsaCompany ACME = new PsaCompany("C1", "ACME", "Acme Ltd", null, null);

	private static final PsaAgreement AG1 = agreement("AG1", "Active");

	/** EMAIL-SEC is priced in the map, ARCHIVE is not, AWARE is a second priced product. */
	private static final ServiceMap MAP = serviceMap(mapRow("1001", "EMAIL-SEC", "3.00"),
			mapRow("1002", "ARCHIVE", null), mapRow("1003", "AWARE", "1.50"));

	private static CompanyOutcome reconcile(List<PsaAgreement> agreements, List<PsaAddition> additions,
			VendorContribution... contributions) {
		return reconcile(AS_OF, agreements, additions, contributions);
	}

	private static CompanyOutcome reconcile(LocalDate asOf, List<PsaAgreement> agreements,
			List<PsaAddition> additions, VendorContribution... contributions) {
		CompanyOutcome outcome = new CompanyReconciler(MAP, asOf, 7)
			.reconcile(new CompanyBundle(ACME, agreements, additions, Arrays.asList(contributions)));
		outcome.orders().forEach(CompanyReconcilerTests::assertOrderInvariants);
		return outcome;
	}

	/** Additions of EMAIL-SEC on AG1 (the only agreement), reconciled against {@code seats} of one account. */
	private static CompanyOutcome emailSec(int seats, PsaAddition... additions) {
		return reconcile(List.of(AG1), List.of(additions), seats("ACC1", "EMAIL-SEC", seats));
	}

	private static PsaAddition emailSecAddition(String id, String quantity, String price, String effective) {
		return addition(id, "AG1", "EMAIL-SEC", quantity, price, effective);
	}

	private static VendorContribution seats(String account, String product, int seats) {
		return new VendorContribution(account, product, "C1", seats, "pkg");
	}

	/** R7: what every order carries, whatever its status. */
	private static void assertOrderInvariants(ChangeOrder order) {
		assertThat(order.companyId()).isEqualTo("C1");
		assertThat(order.companyName()).isEqualTo("Acme Ltd");
		// R10: the key names the run and the order
		assertThat(order.orderKey()).isEqualTo(order.additionId() == null ? "R7/C1/NEW:" + order.productIdentifier()
				: "R7/C1/" + order.additionId());
		assertThat(ChangeOrder.runOf(order.orderKey())).isEqualTo(7);
		assertThat(order.delta()).isEqualByComparingTo(order.newQty().subtract(order.currentQty()));
		boolean free = order.unitPrice() != null && order.unitPrice().signum() == 0;
		assertThat(order.approvalRequired()).as("approval_required iff a decrease that changes money")
			.isEqualTo(order.delta().signum() < 0 && !free);
		if (order.unitPrice() == null) {
			assertThat(order.monthlyImpact()).isNull();
		}
		else {
			assertThat(order.monthlyImpact()).isEqualByComparingTo(order.delta().multiply(order.unitPrice()));
		}
	}

	private static ReconciliationLine onlyLine(CompanyOutcome outcome) {
		assertThat(outcome.lines()).hasSize(1);
		return outcome.lines().get(0);
	}

	/** R7: an order without any price has no monthly impact, says why, and leaves its line without impact. */
	private static void assertUnpriced(CompanyOutcome outcome, String note) {
		assertThat(outcome.orders()).singleElement().satisfies(order -> {
			assertThat(order.unitPrice()).isNull();
			assertThat(order.monthlyImpact()).isNull();
			assertThat(order.note()).contains(note);
		});
		assertThat(onlyLine(outcome).monthlyImpact()).isNull();
	}

	private static List<String> orderedAdditionIds(CompanyOutcome outcome) {
		return outcome.orders().stream().map(ChangeOrder::additionId).toList();
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	// ---- R5 / R6 ----

	@ParameterizedTest(name = "R6 vendor {0}, PSA additions [{1}] -> {2}, delta {3}")
	@CsvSource(nullValues = "none", value = { "10, 10, MATCH, 0", "10, 4;6, MATCH, 0", "10, 10.00, MATCH, 0",
			"none, 0, MATCH, 0", "12, 10, UNDER_BILLED, 2", "3, 2.5, UNDER_BILLED, 0.5", "12, 4;6, UNDER_BILLED, 2",
			"8, 10, OVER_BILLED, -2", "1, 2;3, OVER_BILLED, -4", "5, none, NOT_BILLED, 5",
			"none, 10, NOT_IN_VENDOR, -10", "0, 10, NOT_IN_VENDOR, -10", "none, 4;6, NOT_IN_VENDOR, -10" })
	void statusAndDelta(Integer vendorSeats, String psaQuantities, LineStatus status, String delta) {
		List<PsaAddition> additions = new ArrayList<>();
		if (psaQuantities != null) {
			String[] quantities = psaQuantities.split(";");
			for (int i = 0; i < quantities.length; i++) {
				additions.add(emailSecAddition("A" + i, quantities[i], "2.00", "2024-01-0" + (i + 1)));
			}
		}
		CompanyOutcome outcome = vendorSeats == null ? reconcile(List.of(AG1), additions)
				: reconcile(List.of(AG1), additions, seats("ACC1", "EMAIL-SEC", vendorSeats));

		ReconciliationLine line = onlyLine(outcome);
		assertThat(line.status()).isEqualTo(status);
		assertThat(line.delta()).isEqualByComparingTo(delta);
		assertThat(line.delta()).isEqualByComparingTo(line.vendorQty().subtract(line.psaQty()));
		assertThat(line.vendorQty()).isEqualByComparingTo(vendorSeats == null ? "0" : vendorSeats.toString());
		assertThat(line.companyId()).isEqualTo("C1");
		assertThat(line.companyName()).isEqualTo("Acme Ltd");
		assertThat(line.productIdentifier()).isEqualTo("EMAIL-SEC");
	}

	@Test
	void r6MatchHasNoOrderAndNoImpact() {
		CompanyOutcome outcome = emailSec(10, emailSecAddition("A1", "10", "2.00", "2024-01-01"));

		assertThat(onlyLine(outcome).status()).isEqualTo(LineStatus.MATCH);
		assertThat(outcome.orders()).isEmpty();
		assertThat(onlyLine(outcome).monthlyImpact()).isNull();
	}

	@Test
	void r5InactiveAdditionsAreNotCountedNorChanged() {
		PsaAgreement cancelled = agreement("AG2", "Cancelled");
		List<PsaAddition> additions = List.of(emailSecAddition("A1", "5", "2.00", "2024-01-01"),
				addition("A2", "AG2", "EMAIL-SEC", "100", "2.00", "2024-01-01"),
				emailSecAddition("A3", "100", "2.00", "2025-03-16"),
				addition("A4", "AG1", "EMAIL-SEC", "100", "2.00", "2024-01-01", "2025-03-15"),
				addition("A5", "AG-UNKNOWN", "EMAIL-SEC", "100", "2.00", "2024-01-01"));

		CompanyOutcome outcome = reconcile(List.of(AG1, cancelled), additions, seats("ACC1", "EMAIL-SEC", 8));

		ReconciliationLine line = onlyLine(outcome);
		assertThat(line.psaQty()).isEqualByComparingTo("5");
		assertThat(line.status()).isEqualTo(LineStatus.UNDER_BILLED);
		assertThat(orderedAdditionIds(outcome)).containsExactly("A1");
	}

	@Test
	void r5ProductsNotInTheServiceMapAreNotReconciled() {
		List<PsaAddition> additions = List.of(addition("A1", "AG1", "CONSULTING", "5", "100", "2024-01-01"),
				emailSecAddition("A2", "3", "2.00", "2024-01-01"));

		CompanyOutcome outcome = reconcile(List.of(AG1), additions, seats("ACC1", "EMAIL-SEC", 3));

		assertThat(outcome.lines()).extracting(ReconciliationLine::productIdentifier).containsExactly("EMAIL-SEC");
		assertThat(outcome.orders()).isEmpty();
	}

	@Test
	void r5TwoAccountsContributingToOneProductAreSummed() {
		CompanyOutcome outcome = reconcile(List.of(AG1), List.of(emailSecAddition("A1", "10", "2.00", null)),
				seats("ACC2", "EMAIL-SEC", 3), seats("ACC1", "EMAIL-SEC", 7));

		ReconciliationLine line = onlyLine(outcome);
		assertThat(line.vendorQty()).isEqualByComparingTo("10");
		assertThat(line.status()).isEqualTo(LineStatus.MATCH);
		assertThat(line.accountCodes()).containsExactly("ACC1", "ACC2");
	}

	@Test
	void r5ProductIdentifiersAreComparedCaseInsensitively() {
		CompanyOutcome outcome = reconcile(List.of(AG1),
				List.of(addition("A1", "AG1", "email-sec", "4", "2.00", null),
						addition("A2", "AG1", " Email-Sec ", "3", "2.00", null)),
				seats("ACC1", "Email-Sec", 7));

		ReconciliationLine line = onlyLine(outcome);
		assertThat(line.productIdentifier()).as("reported as the service map spells it").isEqualTo("EMAIL-SEC");
		assertThat(line.psaQty()).isEqualByComparingTo("7");
		assertThat(line.status()).isEqualTo(LineStatus.MATCH);
	}

	@Test
	void r6OneLinePerProductOfTheCompany() {
		CompanyOutcome outcome = reconcile(List.of(AG1),
				List.of(emailSecAddition("A1", "10", "2.00", null), addition("A2", "AG1", "AWARE", "4", "1.00", null)),
				seats("ACC1", "EMAIL-SEC", 10), seats("ACC1", "ARCHIVE", 2));

		assertThat(outcome.lines()).extracting(ReconciliationLine::productIdentifier, ReconciliationLine::status)
			.containsExactlyInAnyOrder(tuple("EMAIL-SEC", LineStatus.MATCH),
					tuple("AWARE", LineStatus.NOT_IN_VENDOR),
					tuple("ARCHIVE", LineStatus.NOT_BILLED));
	}

	// ---- R7 UNDER_BILLED / OVER_BILLED ----

	@Test
	void r7IncreaseGoesWhollyToTheLatestAddition() {
		CompanyOutcome outcome = emailSec(14, emailSecAddition("A1", "5", "2.50", "2024-01-01"),
				emailSecAddition("A2", "5", "2.50", "2024-06-01"), emailSecAddition("A3", "1", "2.50", null));

		assertThat(outcome.orders()).hasSize(1);
		ChangeOrder order = outcome.orders().get(0);
		assertThat(order.action()).isEqualTo(ChangeAction.ADJUST);
		assertThat(order.additionId()).isEqualTo("A2");
		assertThat(order.agreementId()).isEqualTo("AG1");
		assertThat(order.agreementName()).isEqualTo("Agreement AG1");
		assertThat(order.productIdentifier()).isEqualTo("EMAIL-SEC");
		assertThat(order.currentQty()).isEqualByComparingTo("5");
		assertThat(order.newQty()).isEqualByComparingTo("8");
		assertThat(order.delta()).isEqualByComparingTo("3");
		assertThat(order.unitPrice()).isEqualByComparingTo("2.50");
		assertThat(order.monthlyImpact()).isEqualByComparingTo("7.50");
		assertThat(order.effectiveDate()).isEqualTo(NEXT_MONTH);
		assertThat(order.approvalRequired()).isFalse();
		assertThat(order.note()).isNull();
		assertThat(order.lineKey()).isEqualTo(onlyLine(outcome).lineKey());
		assertThat(onlyLine(outcome).monthlyImpact()).isEqualByComparingTo("7.50");
	}

	@Test
	void r7DecreaseStopsAtZeroAndMovesTheRestToTheNextAddition() {
		CompanyOutcome outcome = emailSec(6, emailSecAddition("A1", "10", "2.00", "2024-01-01"),
				emailSecAddition("A2", "3", "2.50", "2024-06-01"));

		assertThat(onlyLine(outcome).status()).isEqualTo(LineStatus.OVER_BILLED);
		assertThat(outcome.orders()).extracting(ChangeOrder::additionId, o -> o.currentQty().toPlainString(),
				o -> o.newQty().toPlainString(), o -> o.delta().toPlainString())
			.containsExactly(tuple("A2", "3", "0", "-3"),
					tuple("A1", "10", "6", "-4"));
		assertThat(outcome.orders()).allSatisfy(o -> {
			assertThat(o.approvalRequired()).isTrue();
			assertThat(o.action()).isEqualTo(ChangeAction.ADJUST);
			assertThat(o.effectiveDate()).isEqualTo(NEXT_MONTH);
		});
		assertThat(outcome.orders().get(0).monthlyImpact()).isEqualByComparingTo("-7.50");
		assertThat(outcome.orders().get(1).monthlyImpact()).isEqualByComparingTo("-8.00");
		assertThat(onlyLine(outcome).monthlyImpact()).as("line impact = sum of its orders")
			.isEqualByComparingTo("-15.50");
	}

	@ParameterizedTest(name = "R7 older A1 {0}, newer A2 {1}, vendor {2} -> {3}")
	@CsvSource({ "5, 5, 8, A2=3", "10, 0, 7, A1=7", "10, 3, 6, A2=0;A1=6", "4, 3, 1, A2=0;A1=1", "1, 9, 2, A2=1",
			"0, 5, 2, A2=2" })
	void r7DecreaseWalksTheAdditionsLatestFirstAndNeverBelowZero(String older, String newer, int vendor,
			String expected) {
		CompanyOutcome outcome = emailSec(vendor, emailSecAddition("A1", older, "2.00", "2024-01-01"),
				emailSecAddition("A2", newer, "2.00", "2024-06-01"));

		assertThat(outcome.orders()).extracting(o -> o.additionId() + "=" + o.newQty().toPlainString())
			.containsExactly(expected.split(";"));
	}

	@ParameterizedTest(name = "R7 tie on effective date: ids {0} and {1} -> increase on {2}")
	@CsvSource({ "9, 10, 10", "10, 9, 10", "99, 100, 100", "2, 1, 2", "A-1, A-2, A-2",
			"99, 100000000000000000000, 100000000000000000000", "123456789012345678901, 99, 123456789012345678901" })
	void r7TieOnEffectiveDateGoesToTheHighestAdditionIdNumerically(String first, String second, String expected) {
		CompanyOutcome outcome = emailSec(12, emailSecAddition(first, "5", "2.00", "2024-06-01"),
				emailSecAddition(second, "5", "2.00", "2024-06-01"));

		assertThat(orderedAdditionIds(outcome)).containsExactly(expected);
	}

	@Test
	void r7DecreaseOnATieSpillsFromTheHighestIdToTheNext() {
		CompanyOutcome outcome = emailSec(1, emailSecAddition("9", "2", "2.00", "2024-06-01"),
				emailSecAddition("10", "2", "2.00", "2024-06-01"));

		assertThat(orderedAdditionIds(outcome)).containsExactly("10", "9");
		assertThat(outcome.orders()).extracting(o -> o.newQty().intValue()).containsExactly(0, 1);
	}

	@Test
	void r7EmptyEffectiveDatesComeLast() {
		CompanyOutcome increase = emailSec(12, emailSecAddition("99", "5", "2.00", null),
				emailSecAddition("1", "5", "2.00", "2020-01-01"));
		CompanyOutcome decrease = emailSec(1, emailSecAddition("99", "5", "2.00", null),
				emailSecAddition("1", "5", "2.00", "2020-01-01"));

		assertThat(orderedAdditionIds(increase)).containsExactly("1");
		assertThat(orderedAdditionIds(decrease)).containsExactly("1", "99");
	}

	@Test
	void r7PriceFallsBackToTheServiceMapWithANote() {
		CompanyOutcome outcome = emailSec(12, emailSecAddition("A1", "10", null, "2024-01-01"));

		ChangeOrder order = outcome.orders().get(0);
		assertThat(order.unitPrice()).isEqualByComparingTo("3.00");
		assertThat(order.monthlyImpact()).isEqualByComparingTo("6.00");
		assertThat(order.note()).contains("unit price from the service map");
	}

	@Test
	void r7NoPriceOnTheAdditionNorInTheServiceMapLeavesTheImpactEmptyWithANote() {
		CompanyOutcome outcome = reconcile(List.of(AG1), List.of(addition("A1", "AG1", "ARCHIVE", "10", null, null)),
				seats("ACC1", "ARCHIVE", 12));

		assertUnpriced(outcome, "no unit price on the addition or in the service map");
	}

	@Test
	void r7ADecreaseAtAPriceOfZeroNeedsNoApprovalButAnUnpricedOneDoes() {
		ChangeOrder free = emailSec(6, emailSecAddition("A1", "10", "0", null)).orders().get(0);
		assertThat(free.delta()).isEqualByComparingTo("-4");
		assertThat(free.monthlyImpact()).isEqualByComparingTo("0");
		assertThat(free.approvalRequired()).as("a $0.00 order").isFalse();

		ChangeOrder unpriced = reconcile(List.of(AG1), List.of(addition("A1", "AG1", "ARCHIVE", "10", null, null)),
				seats("ACC1", "ARCHIVE", 6))
			.orders()
			.get(0);
		assertThat(unpriced.monthlyImpact()).isNull();
		assertThat(unpriced.approvalRequired()).as("what it costs is unknown").isTrue();
	}

	@Test
	void r7AdditionPriceWinsOverTheServiceMap() {
		CompanyOutcome outcome = emailSec(11, emailSecAddition("A1", "10", "4.25", null));

		assertThat(outcome.orders().get(0).unitPrice()).isEqualByComparingTo("4.25");
		assertThat(outcome.orders().get(0).monthlyImpact()).isEqualByComparingTo("4.25");
		assertThat(outcome.orders().get(0).note()).isNull();
	}

	@ParameterizedTest(name = "R7 as of {0} -> orders effective {1}")
	@CsvSource({ "2025-03-01, 2025-04-01", "2025-03-31, 2025-04-01", "2025-12-31, 2026-01-01",
			"2024-01-31, 2024-02-01" })
	void r7EffectiveDateIsTheFirstDayOfTheNextMonth(LocalDate asOf, LocalDate expected) {
		CompanyOutcome outcome = reconcile(asOf, List.of(AG1), List.of(emailSecAddition("A1", "1", "2.00", null)),
				seats("ACC1", "EMAIL-SEC", 2));

		assertThat(outcome.orders()).extracting(ChangeOrder::effectiveDate).containsExactly(expected);
	}

	// ---- R7 NOT_BILLED ----

	@Test
	void r7NotBilledAddsALineOnTheOnlyActiveAgreement() {
		CompanyOutcome outcome = reconcile(List.of(AG1, agreement("AG2", "Cancelled")), List.of(),
				seats("ACC1", "EMAIL-SEC", 4));

		assertThat(onlyLine(outcome).status()).isEqualTo(LineStatus.NOT_BILLED);
		assertThat(outcome.orders()).hasSize(1);
		ChangeOrder order = outcome.orders().get(0);
		assertThat(order.action()).isEqualTo(ChangeAction.ADD_LINE);
		assertThat(order.agreementId()).isEqualTo("AG1");
		assertThat(order.agreementName()).isEqualTo("Agreement AG1");
		assertThat(order.additionId()).isNull();
		assertThat(order.productIdentifier()).isEqualTo("EMAIL-SEC");
		assertThat(order.currentQty()).isEqualByComparingTo("0");
		assertThat(order.newQty()).isEqualByComparingTo("4");
		assertThat(order.delta()).isEqualByComparingTo("4");
		assertThat(order.unitPrice()).as("priced from the service map").isEqualByComparingTo("3.00");
		assertThat(order.monthlyImpact()).isEqualByComparingTo("12.00");
		assertThat(order.effectiveDate()).isEqualTo(NEXT_MONTH);
		assertThat(order.approvalRequired()).isFalse();
		assertThat(order.note()).isNull();
		assertThat(onlyLine(outcome).monthlyImpact()).isEqualByComparingTo("12.00");
	}

	@ParameterizedTest(name = "R7 NOT_BILLED with {0} active agreements -> agreement left blank with a note")
	@CsvSource({ "0", "2" })
	void r7NotBilledWithoutASingleActiveAgreementLeavesItBlank(int activeAgreements) {
		List<PsaAgreement> agreements = new ArrayList<>(List.of(agreement("AGX", "Expired")));
		for (int i = 1; i <= activeAgreements; i++) {
			agreements.add(agreement("AG" + i, "Active"));
		}

		CompanyOutcome outcome = reconcile(agreements, List.of(), seats("ACC1", "EMAIL-SEC", 4));

		ChangeOrder order = outcome.orders().get(0);
		assertThat(order.action()).isEqualTo(ChangeAction.ADD_LINE);
		assertThat(order.agreementId()).isNull();
		assertThat(order.agreementName()).isNull();
		assertThat(order.note()).contains(activeAgreements + " active agreements");
		assertThat(order.monthlyImpact()).isEqualByComparingTo("12.00");
	}

	@Test
	void r7NotBilledWithoutServiceMapPriceIsUnpricedWithANote() {
		CompanyOutcome outcome = reconcile(List.of(AG1), List.of(), seats("ACC1", "ARCHIVE", 4));

		assertUnpriced(outcome, "no unit price in the service map");
	}

	@Test
	void r7NotBilledBecauseTheOnlyAdditionIsInactiveStillAddsALine() {
		CompanyOutcome outcome = emailSec(4, emailSecAddition("A1", "4", "2.00", "2025-04-01"));

		assertThat(onlyLine(outcome).status()).isEqualTo(LineStatus.NOT_BILLED);
		assertThat(onlyLine(outcome).psaQty()).isEqualByComparingTo("0");
		assertThat(outcome.orders()).extracting(ChangeOrder::action).containsExactly(ChangeAction.ADD_LINE);
	}

	// ---- R7 NOT_IN_VENDOR ----

	@Test
	void r7NotInVendorSetsEachActiveAdditionAboveZeroToZero() {
		CompanyOutcome outcome = reconcile(List.of(AG1),
				List.of(emailSecAddition("A1", "4", "2.00", "2024-01-01"),
						emailSecAddition("A2", "0", "2.00", "2024-02-01"),
						emailSecAddition("A3", "1", null, "2024-03-01")));

		assertThat(onlyLine(outcome).status()).isEqualTo(LineStatus.NOT_IN_VENDOR);
		assertThat(outcome.orders()).extracting(ChangeOrder::additionId).containsExactlyInAnyOrder("A1", "A3");
		assertThat(outcome.orders()).allSatisfy(o -> {
			assertThat(o.action()).isEqualTo(ChangeAction.SET_TO_ZERO);
			assertThat(o.newQty()).isEqualByComparingTo("0");
			assertThat(o.approvalRequired()).isTrue();
			assertThat(o.effectiveDate()).isEqualTo(NEXT_MONTH);
		});
		ChangeOrder a3 = outcome.orders().stream().filter(o -> o.additionId().equals("A3")).findFirst().orElseThrow();
		assertThat(a3.unitPrice()).isEqualByComparingTo("3.00");
		assertThat(a3.note()).contains("service map");
		assertThat(onlyLine(outcome).monthlyImpact()).isEqualByComparingTo(dec("-8.00").add(dec("-3.00")));
	}

}
