package com.msprecon.mapping;

/**
 * A row of the account map: a vendor account mapped to a PSA company, or excluded ({@code EXCLUDE}).
 *
 * @param psaCompanyId the company, or {@code null} when the account is excluded
 */
public record AccountMapEntry(String vendorAccountCode, String psaCompanyId, boolean excluded, String note,
		long line) {

}
