package com.msprecon.reconciliation;

/** A line of the Mimecast Sync-Up change order (R8): Mimecast takes the change, not the total. */
public record SyncUpLine(String accountCode, String accountName, String companyId, String companyName,
		int userCount, int actualUsers, int change) {

}
