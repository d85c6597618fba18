package com.msprecon.usage;

/**
 * A row of the tenant map: the Microsoft 365 tenant of a vendor account.
 *
 * @param accountCode the vendor account code
 * @param tenantId the tenant id (a GUID, or a tenant domain such as {@code contoso.onmicrosoft.com}), lower case
 * @param line the line in the file
 */
public record TenantMapEntry(String accountCode, String tenantId, long line) {

}
