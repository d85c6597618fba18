package com.msprecon.usage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Links the usage source's counts to the run's vendor accounts (docs/rules.md §4.3) and decides each account's
 * actual users.
 *
 * <p>
 * Linking: a usage-file row by its account code; a tenant by the tenant map first, else by a verified domain
 * equal to a domain of the account, among the tenants the map does not name. Two tenants for one account, or one
 * tenant for two accounts, link nothing: each account concerned goes to review with the reason, since a count
 * given to the wrong account would change the wrong Sync-Up order.
 *
 * <p>
 * Precedence: a count from the usage source replaces the account's own {@code actual_users}; an account the usage
 * source has nothing for keeps its own value; an account whose usage failed (tenant refused, ambiguous link, none
 * of the counted licences) has its actual users unknown, so that no Sync-Up order is made from a stale number
 * while the live source says something is wrong.
 */
public final class UsageLinker {

	/**
	 * A staged vendor account as linking needs it.
	 *
	 * @param ownActualUsers the account's own {@code actual_users}, or {@code null}
	 */
	public record Account(String accountCode, List<String> domains, Integer ownActualUsers) {

	}

	private final UsageOrigin origin;

	private final TenantMap tenantMap;

	/**
	 * @param origin what the configured usage source is ({@link UsageOrigin#FILE} or
	 * {@link UsageOrigin#MICROSOFT_GRAPH})
	 */
	public UsageLinker(UsageOrigin origin, TenantMap tenantMap) {
		this.origin = origin;
		this.tenantMap = tenantMap;
	}

	/** One row per account (in the given order), then one per count that no account took. */
	public List<AccountUsage> link(List<Account> accounts, List<UsageCount> counts) {
		Map<String, UsageCount> rowsByCode = new LinkedHashMap<>();
		Map<String, UsageCount> tenants = new TreeMap<>();
		for (UsageCount count : counts) {
			if (count.tenantId() != null) {
				tenants.put(count.key(), count);
			}
			else {
				rowsByCode.put(count.key(), count);
			}
		}
		Map<String, TenantMapEntry> mapped = new HashMap<>();
		Map<String, List<TenantMapEntry>> accountsOfMappedTenant = new HashMap<>();
		for (TenantMapEntry entry : tenantMap.entries()) {
			mapped.put(code(entry.accountCode()), entry);
			accountsOfMappedTenant.computeIfAbsent(entry.tenantId(), t -> new ArrayList<>()).add(entry);
		}

		// first pass: the tenant each account would take, and by what
		Map<String, Link> links = new LinkedHashMap<>();
		Map<String, List<String>> accountsByDomainTenant = new HashMap<>();
		for (Account account : accounts) {
			links.put(account.accountCode(), propose(account, rowsByCode, tenants, mapped, accountsOfMappedTenant));
			Link link = links.get(account.accountCode());
			if (link.method == LinkMethod.DOMAIN && link.problem == null) {
				accountsByDomainTenant.computeIfAbsent(link.count.key(), t -> new ArrayList<>())
					.add(account.accountCode());
			}
		}

		List<AccountUsage> result = new ArrayList<>();
		Set<String> taken = new LinkedHashSet<>();
		for (Account account : accounts) {
			Link link = links.get(account.accountCode());
			if (link.method == LinkMethod.DOMAIN && link.problem == null) {
				List<String> sharing = accountsByDomainTenant.get(link.count.key());
				if (sharing.size() > 1) {
					link = link.withProblem("the verified domains of tenant " + describe(link.count)
							+ " match the domains of accounts " + String.join(", ", sharing)
							+ ": not linked; name the right account in the tenant map");
				}
			}
			if (link.count != null) {
				taken.add(link.count.key());
			}
			result.add(outcome(account, link));
		}
		for (UsageCount count : counts) {
			if (!taken.contains(count.key())) {
				result.add(unlinked(count));
			}
		}
		return result;
	}

	private Link propose(Account account, Map<String, UsageCount> rowsByCode, Map<String, UsageCount> tenants,
			Map<String, TenantMapEntry> mapped, Map<String, List<TenantMapEntry>> accountsOfMappedTenant) {
		UsageCount row = rowsByCode.get(code(account.accountCode()));
		if (row != null) {
			return new Link(row, LinkMethod.ACCOUNT_CODE, "usage file row of the account", null);
		}
		TenantMapEntry entry = mapped.get(code(account.accountCode()));
		if (entry != null) {
			UsageCount tenant = tenants.get(entry.tenantId());
			List<TenantMapEntry> sharing = accountsOfMappedTenant.get(entry.tenantId());
			if (sharing.size() > 1) {
				return new Link(tenant, LinkMethod.TENANT_MAP, null, "tenant " + entry.tenantId()
						+ " is mapped to accounts " + sharing.stream()
							.map(e -> e.accountCode() + " (line " + e.line() + ")")
							.collect(Collectors.joining(", "))
						+ " in the tenant map: one tenant's users cannot be split between accounts");
			}
			if (tenant == null) {
				return new Link(null, LinkMethod.TENANT_MAP, null, "tenant map line " + entry.line() + " names tenant "
						+ entry.tenantId() + ", which the usage source did not read (not a customer of the partner "
						+ "tenant, or not consented)");
			}
			return new Link(tenant, LinkMethod.TENANT_MAP, "tenant " + describe(tenant) + " by tenant map line "
					+ entry.line(), null);
		}
		Set<String> domains = account.domains()
			.stream()
			.map(d -> d.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Map<UsageCount, List<String>> sharing = new LinkedHashMap<>();
		for (UsageCount tenant : tenants.values()) {
			if (accountsOfMappedTenant.containsKey(tenant.key())) {
				continue; // the tenant map gave it to an account already
			}
			List<String> common = tenant.domains().stream().filter(domains::contains).toList();
			if (!common.isEmpty()) {
				sharing.put(tenant, common);
			}
		}
		if (sharing.size() > 1) {
			return new Link(null, LinkMethod.DOMAIN, null, "tenants " + sharing.entrySet()
				.stream()
				.map(e -> describe(e.getKey()) + " (" + String.join(", ", e.getValue()) + ")")
				.collect(Collectors.joining(" and ")) + " all have verified domains of the account: not linked; "
					+ "name the right tenant in the tenant map");
		}
		if (sharing.size() == 1) {
			var only = sharing.entrySet().iterator().next();
			return new Link(only.getKey(), LinkMethod.DOMAIN,
					"tenant " + describe(only.getKey()) + " by verified domain " + String.join(", ", only.getValue()),
					null);
		}
		return new Link(null, null, null, null);
	}

	private AccountUsage outcome(Account account, Link link) {
		String code = account.accountCode();
		String tenantId = link.count == null ? null : link.count.tenantId();
		if (link.problem != null) {
			return new AccountUsage(code, tenantId, UsageStatus.REVIEW, link.method, null, null, null, null,
					link.problem);
		}
		if (link.count != null && link.count.problem() != null) {
			return new AccountUsage(code, tenantId, UsageStatus.REVIEW, link.method, null, null,
					link.count.skuList(), null, "tenant " + describe(link.count) + ": " + link.count.problem());
		}
		if (link.count != null && link.count.actualUsers() != null) {
			return new AccountUsage(code, tenantId, UsageStatus.COUNTED, link.method, origin,
					link.count.actualUsers(), emptyToNull(link.count.skuList()), link.count.consumedUnits(), link.how);
		}
		String why = origin == null ? "no usage source (recon.usage.source=none)"
				: link.count != null ? "the usage file gives no actual_users for the account"
						: "the usage source has no count for the account";
		return new AccountUsage(code, tenantId, UsageStatus.NOT_COUNTED, link.method,
				account.ownActualUsers() == null ? null : UsageOrigin.VENDOR_ACCOUNT, account.ownActualUsers(), null,
				null, why + (account.ownActualUsers() == null ? "; actual users unknown" : "; its own actual_users apply"));
	}

	private static AccountUsage unlinked(UsageCount count) {
		if (count.tenantId() == null) {
			return new AccountUsage(count.accountCode(), null, UsageStatus.NOT_LINKED, LinkMethod.ACCOUNT_CODE, null,
					count.actualUsers(), null, null, "the usage file names account " + count.accountCode()
							+ ", which the run's vendor accounts do not have");
		}
		if (count.problem() != null) {
			// a refused tenant's domains are unknown: which account it is cannot be told, so a person must look
			return new AccountUsage(null, count.tenantId(), UsageStatus.REVIEW, null, null, null, null, null,
					"tenant " + describe(count) + ": " + count.problem() + "; linked to no account");
		}
		return new AccountUsage(null, count.tenantId(), UsageStatus.NOT_LINKED, null, null, count.actualUsers(),
				emptyToNull(count.skuList()), count.consumedUnits(), "tenant " + describe(count)
						+ " is linked to no vendor account (verified domains: " + String.join(", ", count.domains())
						+ ")");
	}

	private static String describe(UsageCount tenant) {
		return tenant.tenantId() + (tenant.tenantName() == null ? "" : " (" + tenant.tenantName() + ")");
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static String code(String accountCode) {
		return accountCode.strip().toUpperCase(Locale.ROOT);
	}

	/** A proposed link: the count, how, and a problem that keeps it from being used. */
	private record Link(UsageCount count, LinkMethod method, String how, String problem) {

		Link withProblem(String reason) {
			return new Link(count, method, how, reason);
		}

	}

}
