package com.msprecon.reconciliation;

import com.msprecon.psa.PsaAddition;
import java.util.Comparator;

/**
 * R7's order of a company's additions of one product: latest effective date first, empty dates last, ties by
 * the highest addition id (numerically when both ids are numbers).
 */
final class AdditionOrder {

	static final Comparator<PsaAddition> LATEST_FIRST = Comparator
		.comparing(PsaAddition::effectiveDate, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(PsaAddition::additionId, AdditionOrder::compareIds);

	private AdditionOrder() {
	}

	/** Highest id first. */
	private static int compareIds(String a, String b) {
		if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
			return Long.compare(Long.parseLong(b), Long.parseLong(a));
		}
		return b.compareTo(a);
	}

}
