package com.msprecon.history;

import static com.msprecon.reconciliation.LineStatus.EXCLUDED;
import static com.msprecon.reconciliation.LineStatus.MATCH;
import static com.msprecon.reconciliation.LineStatus.NOT_BILLED;
import static com.msprecon.reconciliation.LineStatus.NOT_IN_VENDOR;
import static com.msprecon.reconciliation.LineStatus.OVER_BILLED;
import static com.msprecon.reconciliation.LineStatus.UNDER_BILLED;
import static com.msprecon.reconciliation.LineStatus.UNMAPPED_SERVICE;
import static com.msprecon.reconciliation.LineStatus.UNMATCHED;
import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.history.MonthOverMonthRule.Classified;
import com.msprecon.history.MonthOverMonthRule.Resolved;
import com.msprecon.history.MonthOverMonthRule.Side;
import com.msprecon.reconciliation.LineStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/rules.md R9 for one key at a time. */
class MonthOverMonthRuleTests {

	@Test
	void everyStatusButMatchAndExcludedIsADiscrepancy() {
		assertThat(Arrays.stream(LineStatus.values()).filter(MonthOverMonthRule::isDiscrepancy))
			.containsExactly(UNDER_BILLED, OVER_BILLED, NOT_BILLED, NOT_IN_VENDOR, UNMATCHED, UNMAPPED_SERVICE);
	}

	@Test
	void aDiscrepancyWithoutOneInThePreviousRunIsNewAndOpenForOneMonth() {
		assertThat(classify(null, side(UNDER_BILLED, "3"), true, null)).isEqualTo(classified(ChangeClass.NEW, 1));
		assertThat(classify(side(MATCH, "0"), side(UNDER_BILLED, "3"), true, null))
			.isEqualTo(classified(ChangeClass.NEW, 1));
		assertThat(classify(side(EXCLUDED, null), side(UNMATCHED, null), true, 4))
			.as("an account excluded last month and unmatched now").isEqualTo(classified(ChangeClass.NEW, 1));
	}

	@Test
	void theSameStatusAndDeltaPersistsAndCountsOnFromThePreviousMonth() {
		assertThat(classify(side(OVER_BILLED, "-2"), side(OVER_BILLED, "-2"), true, 3))
			.isEqualTo(classified(ChangeClass.PERSISTING, 4));
		assertThat(classify(side(UNMATCHED, null), side(UNMATCHED, null), true, 1))
			.as("per-account lines have no delta").isEqualTo(classified(ChangeClass.PERSISTING, 2));
		assertThat(classify(side(OVER_BILLED, "-2"), side(OVER_BILLED, "-2.0000"), true, 1))
			.as("the same number at another scale").isEqualTo(classified(ChangeClass.PERSISTING, 2));
	}

	@Test
	void anotherStatusOrAnotherDeltaIsChangedAndStillCountsTheMonthsOpen() {
		assertThat(classify(side(UNDER_BILLED, "3"), side(UNDER_BILLED, "5"), true, 2))
			.isEqualTo(classified(ChangeClass.CHANGED, 3));
		assertThat(classify(side(NOT_BILLED, "5"), side(UNDER_BILLED, "5"), true, 1))
			.isEqualTo(classified(ChangeClass.CHANGED, 2));
		assertThat(classify(side(UNDER_BILLED, "5"), side(OVER_BILLED, "-1"), true, 6))
			.isEqualTo(classified(ChangeClass.CHANGED, 7));
	}

	@Test
	void aGapOfAMonthStartsTheCountAgainButTheKeyStillPersists() {
		assertThat(classify(side(OVER_BILLED, "-2"), side(OVER_BILLED, "-2"), false, 5))
			.isEqualTo(classified(ChangeClass.PERSISTING, 1));
		assertThat(classify(side(OVER_BILLED, "-2"), side(OVER_BILLED, "-3"), false, 5))
			.isEqualTo(classified(ChangeClass.CHANGED, 1));
	}

	@Test
	void aPreviousRunWithoutAStoredCountCountsAsOneMonth() {
		assertThat(classify(side(NOT_IN_VENDOR, "-4"), side(NOT_IN_VENDOR, "-4"), true, null))
			.isEqualTo(classified(ChangeClass.PERSISTING, 2));
	}

	@Test
	void aPreviousDiscrepancyThatIsMatchExcludedOrGoneNowIsResolved() {
		assertThat(classify(side(UNDER_BILLED, "3"), side(MATCH, "0"), true, 2))
			.isEqualTo(classified(ChangeClass.RESOLVED, null));
		assertThat(classify(side(UNMATCHED, null), side(EXCLUDED, null), true, 2))
			.isEqualTo(classified(ChangeClass.RESOLVED, null));
		assertThat(classify(side(UNMAPPED_SERVICE, null), null, false, null))
			.isEqualTo(classified(ChangeClass.RESOLVED, null));
	}

	@Test
	void aKeyThatIsADiscrepancyInNeitherRunIsNotCompared() {
		assertThat(MonthOverMonthRule.classify(side(MATCH, "0"), side(MATCH, "0"), true, null)).isEmpty();
		assertThat(MonthOverMonthRule.classify(null, side(EXCLUDED, null), true, null)).isEmpty();
		assertThat(MonthOverMonthRule.classify(side(EXCLUDED, null), null, true, null)).isEmpty();
	}

	@Test
	void accountsAreNewGoneOrRematchedWhenTheirCompanyChanges() {
		assertThat(MonthOverMonthRule.classifyAccount(null, new Resolved("10"))).contains(AccountChangeClass.NEW);
		assertThat(MonthOverMonthRule.classifyAccount(null, new Resolved(null))).contains(AccountChangeClass.NEW);
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved("10"), null)).contains(AccountChangeClass.GONE);
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved("10"), new Resolved("11")))
			.contains(AccountChangeClass.REMATCHED);
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved(null), new Resolved("11")))
			.as("matched now, unmatched before").contains(AccountChangeClass.REMATCHED);
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved("10"), new Resolved(null)))
			.as("unmatched or excluded now").contains(AccountChangeClass.REMATCHED);
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved("10"), new Resolved("10"))).isEmpty();
		assertThat(MonthOverMonthRule.classifyAccount(new Resolved(null), new Resolved(null))).isEmpty();
	}

	@Test
	void aKeyIsACompanyProductOrAnAccountPackage() {
		assertThat(Arrays.stream(LineStatus.values()).filter(s -> KeyKind.of(s) == KeyKind.ACCOUNT))
			.containsExactly(LineStatus.UNMATCHED, LineStatus.EXCLUDED, LineStatus.UNMAPPED_SERVICE);
	}

	private static Classified classify(Side previous, Side current, boolean adjacent, Integer months) {
		return MonthOverMonthRule.classify(previous, current, adjacent, months).orElseThrow();
	}

	private static Side side(LineStatus status, String delta) {
		return new Side(status, delta == null ? null : new BigDecimal(delta));
	}

	private static Classified classified(ChangeClass changeClass, Integer months) {
		return new Classified(changeClass, months);
	}

}
