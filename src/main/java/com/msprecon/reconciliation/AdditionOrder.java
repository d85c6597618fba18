package com.msprecon.reconciliation;

import com.msprecon.psa.PsaAddition;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * R7's order of a company's additions of one product: latest effective date first, empty dates last, ties by
 * the highest addition id (numerically when both ids are numbers).
 */
final class AdditionOrder {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	static final Comparator<PsaAddition> LATEST_FIRST = Comparator
		.comparing(PsaAddition::effectiveDate, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(PsaAddition::additionId, AdditionOrder::compareIds);

	private AdditionOrder() {
	}

	/** Highest id first; ids of any length that are both made of digits compare as numbers. */
	private static int compareIds(String a, String b) {
		if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
			return new BigInteger(b).compareTo(new BigInteger(a));
		}
		return b.compareTo(a);
	}

}
