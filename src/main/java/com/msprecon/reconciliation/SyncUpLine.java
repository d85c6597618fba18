package com.msprecon.reconciliation;

import java.util.List;

/**
 * A line of the vendor's Sync-Up change order (docs/rules.md R8, version 2). The partner portal takes the new
 * total, for upsells and downsells alike; the change is for the reader.
 *
 * @param companyId the PSA company when the account is resolved, else {@code null}
 * @param packages the account's vendor packages, as the vendor names them
 * @param currentSeats the contracted seats ({@code user_count})
 * @param newTotalSeats the seats the customer uses ({@code actual_users}): the figure to enter
 */
public record SyncUpLine(String accountCode, String accountName, String companyId, String companyName,
		List<String> packages, int currentSeats, int newTotalSeats) {

	public SyncUpLine {
		packages = List.copyOf(packages);
	}

	public int change() {
		return newTotalSeats - currentSeats;
	}

	public SyncDirection direction() {
		return change() > 0 ? SyncDirection.UPSELL : SyncDirection.DOWNSELL;
	}

}
