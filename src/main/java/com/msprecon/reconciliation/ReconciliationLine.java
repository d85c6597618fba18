package com.msprecon.reconciliation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the reconciliation (R6): a (company, product), or a vendor account (and package) for the
 * per-account statuses.
 *
 * @param lineKey stable key of the line within a run
 * @param psaQty {@code null} for the per-account statuses
 * @param delta vendor minus PSA quantity; {@code null} for the per-account statuses
 * @param monthlyImpact the sum of the monthly impact of the line's change orders, or {@code null} if none is priced
 */
public record ReconciliationLine(String lineKey, LineStatus status, List<String> accountCodes, String companyId,
		String companyName, String productIdentifier, BigDecimal vendorQty, BigDecimal psaQty, BigDecimal delta,
		BigDecimal monthlyImpact, String note) {

	public ReconciliationLine {
		accountCodes = List.copyOf(accountCodes);
	}

}
