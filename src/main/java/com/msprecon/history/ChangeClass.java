package com.msprecon.history;

/** How a discrepancy key compares with the previous run (docs/rules.md R9). */
public enum ChangeClass {

	/** a discrepancy now, none in the previous run */
	NEW,
	/** a discrepancy now and in the previous run, with the same status and delta */
	PERSISTING,
	/** a discrepancy now and in the previous run, with another status or another delta */
	CHANGED,
	/** a discrepancy in the previous run, none now (MATCH, EXCLUDED or gone) */
	RESOLVED

}
