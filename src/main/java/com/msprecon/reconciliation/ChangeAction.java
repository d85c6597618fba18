package com.msprecon.reconciliation;

/** What a PSA change order does (R7). */
public enum ChangeAction {

	/** change the quantity of an existing addition (UNDER_BILLED / OVER_BILLED) */
	ADJUST,
	/** add a new addition for the product (NOT_BILLED) */
	ADD_LINE,
	/** set an existing addition to 0 (NOT_IN_VENDOR) */
	SET_TO_ZERO

}
