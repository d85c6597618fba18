package com.msprecon.vendor;

import java.util.List;

/**
 * A vendor (Mimecast) customer account as of the run date (docs/rules.md §2.1).
 *
 * @param accountCode unique account code, e.g. {@code C12A34567}
 * @param accountName the account's display name
 * @param userCount contracted seats (what Mimecast bills the MSP for)
 * @param packages enabled packages, usually {@code "Name [id]"}
 * @param domains the customer's internet domains, lower case
 * @param actualUsers users actually licensed, or {@code null} when unknown
 */
public record VendorAccount(String accountCode, String accountName, int userCount, List<String> packages,
		List<String> domains, Integer actualUsers) {

	public VendorAccount {
		packages = List.copyOf(packages);
		domains = List.copyOf(domains);
	}

}
