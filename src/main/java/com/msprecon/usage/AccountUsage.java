package com.msprecon.usage;

/**
 * The outcome of linking usage for one vendor account, or a count that no account took (then
 * {@code accountCode} is {@code null} or an account code the run does not have). Stored with the run.
 *
 * @param accountCode the vendor account, as staged
 * @param tenantId the linked tenant, if any
 * @param status what happened
 * @param link how the count was linked, when it was
 * @param origin where the account's actual users come from; {@code null} when unknown
 * @param actualUsers the account's actual users for R4 and R8 (docs/rules.md), {@code null} when unknown
 * @param skus the licences counted
 * @param consumedUnits the tenant's assigned units of those licences (cross-check)
 * @param note why, for a person: the link, or the problem
 */
public record AccountUsage(String accountCode, String tenantId, UsageStatus status, LinkMethod link,
		UsageOrigin origin, Integer actualUsers, String skus, Integer consumedUnits, String note) {

	/** The stored row's key: the account code, or for a count that no account took, its tenant or row. */
	public String rowKey() {
		if (status != UsageStatus.NOT_LINKED) {
			return accountCode;
		}
		return tenantId != null ? "T|" + tenantId : "A|" + accountCode;
	}

}
