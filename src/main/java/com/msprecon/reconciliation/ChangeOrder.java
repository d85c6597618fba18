package com.msprecon.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A PSA change order (R7). {@code agreementId} may be null for an ADD_LINE whose agreement cannot be chosen
 * (see note); {@code additionId} is null for ADD_LINE.
 */
public record ChangeOrder(String orderKey, String lineKey, ChangeAction action, String companyId, String companyName,
		String agreementId, String agreementName, String additionId, String productIdentifier, BigDecimal currentQty,
		BigDecimal newQty, BigDecimal delta, BigDecimal unitPrice, BigDecimal monthlyImpact, LocalDate effectiveDate,
		boolean approvalRequired, String note) {

}
