package com.msprecon.reconciliation;

/** The status of a reconciliation line (R6), and the per-account statuses of R2 and R4. */
public enum LineStatus {

	/** vendor quantity = PSA quantity */
	MATCH,
	/** vendor quantity > PSA quantity, and the PSA bills the product: the MSP pays for seats it does not bill */
	UNDER_BILLED,
	/** 0 < vendor quantity < PSA quantity: the customer pays for seats it does not use */
	OVER_BILLED,
	/** vendor quantity > 0 and no active PSA line for the product */
	NOT_BILLED,
	/** the PSA bills the product, the vendor has no seats for it */
	NOT_IN_VENDOR,
	/** the vendor account has no PSA company (see the Review sheet's candidates) */
	UNMATCHED,
	/** the account map excludes the vendor account */
	EXCLUDED,
	/** a package of the account is not in the service map */
	UNMAPPED_SERVICE

}
