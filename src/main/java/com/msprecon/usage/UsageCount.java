package com.msprecon.usage;

import java.util.List;
import java.util.Locale;

/**
 * What a usage source says about one subject (docs/rules.md §4.3): a Microsoft 365 tenant, or an account code
 * named by the usage file. Staged as read; linking to vendor accounts happens afterwards ({@link UsageLinker}).
 *
 * @param accountCode the vendor account the row names (usage file), or {@code null} for a tenant
 * @param tenantId the tenant's id (Microsoft Graph), or {@code null} for a file row
 * @param tenantName the tenant's display name when known
 * @param domains the tenant's verified domains, lower case (empty for a file row)
 * @param actualUsers distinct users holding at least one counted licence; {@code null} when not known
 * @param skus the licences that were counted, e.g. {@code O365_BUSINESS_PREMIUM;SPE_E3}
 * @param consumedUnits the sum of the counted licences' assigned units as the tenant reports them: a
 * cross-check, higher than {@code actualUsers} when users hold two counted licences
 * @param problem why this subject gave no count (refused, no counted licence), or {@code null}
 */
public record UsageCount(String accountCode, String tenantId, String tenantName, List<String> domains,
		Integer actualUsers, List<String> skus, Integer consumedUnits, String problem) {

	public UsageCount {
		domains = List.copyOf(domains);
		skus = List.copyOf(skus);
	}

	/** A count per account code, as the usage file gives it. */
	public static UsageCount ofAccount(String accountCode, Integer actualUsers) {
		return new UsageCount(accountCode, null, null, List.of(), actualUsers, List.of(), null, null);
	}

	/** A tenant whose count was read. */
	public static UsageCount ofTenant(String tenantId, String tenantName, List<String> domains, int actualUsers,
			List<String> skus, Integer consumedUnits) {
		return new UsageCount(null, tenantId, tenantName, domains, actualUsers, skus, consumedUnits, null);
	}

	/** A tenant that gave no count, and why. */
	public static UsageCount tenantProblem(String tenantId, String tenantName, List<String> domains, String problem) {
		return new UsageCount(null, tenantId, tenantName, domains, null, List.of(), null, problem);
	}

	/** The staging key: the tenant id, else the account code ignoring case (as account codes compare). */
	public String key() {
		return tenantId != null ? tenantId.toLowerCase(Locale.ROOT) : accountCode.toUpperCase(Locale.ROOT);
	}

	/** The counted licences as one text, {@code ;}-separated. */
	public String skuList() {
		return String.join(";", skus);
	}

}
