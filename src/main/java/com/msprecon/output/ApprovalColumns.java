package com.msprecon.output;

import java.util.List;

/**
 * The approval columns of the PSA Change Orders sheet (docs/rules.md R10), which finance fills in and the apply
 * job reads back from the returned workbook by these header names, never by position.
 */
public final class ApprovalColumns {

	public static final String CHANGE_ORDER_SHEET = ChangeOrdersSheet.NAME;

	public static final String ORDER_KEY = "Order key";

	public static final String DECISION = "Decision";

	public static final String DECIDED_BY = "Decided by";

	public static final String DECISION_NOTE = "Decision note";

	/** What the Decision column's drop-down offers. */
	public static final List<String> DECISIONS = List.of("APPROVE", "REJECT");

	private ApprovalColumns() {
	}

}
