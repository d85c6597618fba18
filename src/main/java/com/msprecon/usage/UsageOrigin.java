package com.msprecon.usage;

/** Where a vendor account's actual users came from (docs/rules.md §4.3). */
public enum UsageOrigin {

	/** The account's own {@code actual_users} (the column of {@code mimecast-accounts.csv}). */
	VENDOR_ACCOUNT,

	/** The usage file {@code account_code,actual_users}. */
	FILE,

	/** Microsoft 365 through Microsoft Graph, counted per tenant. */
	MICROSOFT_GRAPH

}
