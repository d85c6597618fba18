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

	/**
	 * R10: the key of an order that changes an existing addition, {@code R<run>/<company>/<addition>}. It names
	 * the run and the order, and the same order of the same run always gets it (a rerun, an export).
	 */
	public static String additionKey(long runId, String companyId, String additionId) {
		return runPrefix(runId) + companyId + "/" + additionId;
	}

	/** R10: the key of an order that adds a line for a product, {@code R<run>/<company>/NEW:<product>}. */
	public static String newLineKey(long runId, String companyId, String productIdentifier) {
		return runPrefix(runId) + companyId + "/NEW:" + productIdentifier;
	}

	/** How every order key of the run begins. */
	public static String runPrefix(long runId) {
		return "R" + runId + "/";
	}

	/** The run an order key names, or -1 when it is not an order key. */
	public static long runOf(String orderKey) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("R([0-9]{1,18})/.+").matcher(orderKey);
		return m.matches() ? Long.parseLong(m.group(1)) : -1;
	}

	/** Whether the order raises a quantity or adds a line (what {@code recon.apply.auto-approve-increases} may approve). */
	public boolean isIncrease() {
		return delta.signum() > 0;
	}

}
