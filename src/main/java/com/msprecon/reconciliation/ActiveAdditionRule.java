package com.msprecon.reconciliation;

import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import java.time.LocalDate;

/**
 * R1: an addition counts iff its agreement is Active, its effective date is empty or on/before the as-of date,
 * and its cancelled date is empty or after it. {@code bill_customer} does not filter.
 */
public final class ActiveAdditionRule {

	private ActiveAdditionRule() {
	}

	public static boolean isActive(PsaAddition addition, PsaAgreement agreement, LocalDate asOfDate) {
		return agreement.isActive()
				&& (addition.effectiveDate() == null || !addition.effectiveDate().isAfter(asOfDate))
				&& (addition.cancelledDate() == null || addition.cancelledDate().isAfter(asOfDate));
	}

}
