package com.msprecon.usage;

/** How a usage count was linked to a vendor account (docs/rules.md §4.3). */
public enum LinkMethod {

	/** The usage file names the account code. */
	ACCOUNT_CODE,

	/** A row of the tenant map {@code vendor_account_code,tenant_id}. */
	TENANT_MAP,

	/** A verified domain of the tenant equals a domain of the account. */
	DOMAIN

}
