package com.msprecon.apply;

/** Where an order stands in one apply run (docs/rules.md R11; docs/applying.md explains each). */
public enum LedgerState {

	/** preview: the order would be written */
	PLANNED,
	/** the write was about to be sent; committed before the PSA is called, settled by the next run */
	IN_FLIGHT,
	/** the PSA shows the target (written, found, or settled) */
	APPLIED,
	/** the PSA shows another value than the order expected: nothing written, a person decides */
	CONFLICT,
	/** the PSA refused the change, or read back another value than written */
	FAILED,
	/** nothing to do: rejected, applied by an earlier apply run, or a new line an earlier run already added */
	SKIPPED

}
