package com.msprecon.usage;

/** What the usage source did for one vendor account, or that a count went to no account. */
public enum UsageStatus {

	/** The usage source counted the account's users: that count is its actual users. */
	COUNTED,

	/** The usage source has nothing for the account: its own {@code actual_users} applies (may be unknown). */
	NOT_COUNTED,

	/**
	 * The usage source could not give the account a count (tenant refused, ambiguous link, no counted licence):
	 * actual users unknown, and a Review row says why.
	 */
	REVIEW,

	/** A tenant or usage row that no vendor account is linked to. */
	NOT_LINKED

}
