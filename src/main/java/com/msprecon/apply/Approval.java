package com.msprecon.apply;

/**
 * A decision on one order, as checked by {@link ApprovalRules}.
 *
 * @param source where it came from: {@code approvals.csv line 3}, {@code returned.xlsx cell Q4}, or
 * {@code recon.apply.auto-approve-increases}
 */
public record Approval(String orderKey, Decision decision, String decidedBy, String note, String source) {

	public static final String AUTOMATIC = "recon.apply.auto-approve-increases";

}
