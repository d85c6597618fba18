package com.msprecon.reconciliation;

/** How a vendor account was resolved to a PSA company (R2). */
public enum ResolutionMethod {

	MAPPED, AUTO, EXCLUDED, UNMATCHED

}
