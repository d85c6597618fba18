package com.msprecon.reconciliation;

import java.util.List;

/**
 * Everything one vendor account yields: its resolution (R2), the seats it brings to PSA products (R4), its
 * per-account lines (UNMATCHED, EXCLUDED, UNMAPPED_SERVICE) and its Sync-Up line (R8), if any.
 */
public record AccountOutcome(AccountResolution resolution, List<VendorContribution> contributions,
		List<ReconciliationLine> lines, SyncUpLine syncUp) {

	public AccountOutcome {
		contributions = List.copyOf(contributions);
		lines = List.copyOf(lines);
	}

}
