package com.msprecon.history;

/** How a vendor account's resolution compares with the previous run (docs/rules.md R9). */
public enum AccountChangeClass {

	/** the account was not in the previous run */
	NEW,
	/** the account was in the previous run and is not in this one */
	GONE,
	/** the account is resolved to another company than in the previous run (or to one now and none then, or back) */
	REMATCHED

}
