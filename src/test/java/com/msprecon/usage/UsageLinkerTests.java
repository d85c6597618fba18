package com.msprecon.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.input.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/rules.md §4.3: linking usage to accounts, and which actual users an account gets. */
class UsageLinkerTests {

	private static final UsageLinker.Account ACME = new UsageLinker.Account("C1", List.of("acme.example"), 40);

	private static final UsageLinker.Account BETA = new UsageLinker.Account("C2", List.of("beta.example"), null);

	@TempDir
	Path dir;

	private static Map<String, AccountUsage> byAccount(List<AccountUsage> usage) {
		return usage.stream()
			.filter(u -> u.accountCode() != null && u.status() != UsageStatus.NOT_LINKED)
			.collect(Collectors.toMap(AccountUsage::accountCode, Function.identity()));
	}

	private static UsageCount tenant(String id, int users, String... domains) {
		return UsageCount.ofTenant(id, "Tenant " + id, List.of(domains), users, List.of("SPE_E3"), users + 1);
	}

	@Test
	void aUsageFileCountReplacesTheAccountsOwnValueAndAnAccountWithoutARowKeepsItsOwn() {
		var linker = new UsageLinker(UsageOrigin.FILE, TenantMap.empty());
		var usage = linker.link(List.of(ACME, BETA), List.of(UsageCount.ofAccount("c2", 12)));

		var accounts = byAccount(usage);
		assertThat(accounts.get("C1")).extracting(AccountUsage::status, AccountUsage::origin, AccountUsage::actualUsers)
			.containsExactly(UsageStatus.NOT_COUNTED, UsageOrigin.VENDOR_ACCOUNT, 40);
		assertThat(accounts.get("C2")).extracting(AccountUsage::status, AccountUsage::link, AccountUsage::origin,
				AccountUsage::actualUsers)
			.containsExactly(UsageStatus.COUNTED, LinkMethod.ACCOUNT_CODE, UsageOrigin.FILE, 12);
	}

	@Test
	void aUsageRowOfAnUnknownAccountIsKeptAsNotLinked() {
		var usage = new UsageLinker(UsageOrigin.FILE, TenantMap.empty()).link(List.of(ACME),
				List.of(UsageCount.ofAccount("C99", 5)));

		assertThat(usage).hasSize(2);
		assertThat(usage.get(1)).extracting(AccountUsage::accountCode, AccountUsage::status, AccountUsage::rowKey)
			.containsExactly("C99", UsageStatus.NOT_LINKED, "A|C99");
		assertThat(usage.get(1).note()).contains("C99");
	}

	@Test
	void theTenantMapComesBeforeDomainsAndAVerifiedDomainLinksTheRest() {
		var map = TenantMap.of(List.of(new TenantMapEntry("C1", "t-mapped", 2)));
		// t-domain shares acme.example too, but the map has linked C1 already; it has beta's domain as well
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, map).link(List.of(ACME, BETA),
				List.of(tenant("t-mapped", 30, "other.example"), tenant("t-domain", 7, "beta.example")));

		var accounts = byAccount(usage);
		assertThat(accounts.get("C1")).extracting(AccountUsage::status, AccountUsage::link, AccountUsage::tenantId,
				AccountUsage::actualUsers, AccountUsage::skus, AccountUsage::consumedUnits)
			.containsExactly(UsageStatus.COUNTED, LinkMethod.TENANT_MAP, "t-mapped", 30, "SPE_E3", 31);
		assertThat(accounts.get("C1").note()).contains("tenant map line 2");
		assertThat(accounts.get("C2")).extracting(AccountUsage::status, AccountUsage::link, AccountUsage::tenantId,
				AccountUsage::origin, AccountUsage::actualUsers)
			.containsExactly(UsageStatus.COUNTED, LinkMethod.DOMAIN, "t-domain", UsageOrigin.MICROSOFT_GRAPH, 7);
		assertThat(accounts.get("C2").note()).contains("verified domain beta.example");
		assertThat(usage).hasSize(2);
	}

	@Test
	void twoTenantsWithTheAccountsDomainsLinkNothingAndGoToReview() {
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, TenantMap.empty()).link(List.of(ACME),
				List.of(tenant("t1", 30, "acme.example"), tenant("t2", 31, "acme.example")));

		AccountUsage acme = byAccount(usage).get("C1");
		assertThat(acme.status()).isEqualTo(UsageStatus.REVIEW);
		assertThat(acme.actualUsers()).as("unknown, not the account's own 40").isNull();
		assertThat(acme.note()).contains("t1", "t2", "tenant map");
	}

	@Test
	void oneTenantForTwoAccountsLinksNeitherAndBothGoToReview() {
		var gamma = new UsageLinker.Account("C3", List.of("acme.example"), null);
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, TenantMap.empty()).link(List.of(ACME, gamma),
				List.of(tenant("t1", 30, "acme.example")));

		var accounts = byAccount(usage);
		assertThat(accounts.values()).extracting(AccountUsage::status).containsOnly(UsageStatus.REVIEW);
		assertThat(accounts.get("C1").note()).contains("accounts C1, C3");
		assertThat(usage).as("the tenant is not listed as unlinked as well").hasSize(2);
	}

	@Test
	void oneTenantMappedToTwoAccountsGoesToReviewForBoth() {
		var map = TenantMap.of(List.of(new TenantMapEntry("C1", "t1", 2), new TenantMapEntry("C2", "t1", 3)));
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, map).link(List.of(ACME, BETA),
				List.of(tenant("t1", 30)));

		assertThat(byAccount(usage).values()).extracting(AccountUsage::status).containsOnly(UsageStatus.REVIEW);
		assertThat(byAccount(usage).get("C2").note()).contains("C1 (line 2), C2 (line 3)");
	}

	@Test
	void aRefusedTenantMakesItsAccountsUsageUnknownWithTheReasonAndAnUnlinkableOneIsReviewedAlone() {
		var map = TenantMap.of(List.of(new TenantMapEntry("C1", "t-refused", 2)));
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, map).link(List.of(ACME),
				List.of(UsageCount.tenantProblem("t-refused", null, List.of(), "refused: HTTP 403"),
						UsageCount.tenantProblem("t-other", "Other", List.of(), "refused: HTTP 401")));

		assertThat(usage.get(0)).extracting(AccountUsage::accountCode, AccountUsage::status, AccountUsage::actualUsers)
			.containsExactly("C1", UsageStatus.REVIEW, null);
		assertThat(usage.get(0).note()).contains("t-refused", "HTTP 403");
		assertThat(usage.get(1)).extracting(AccountUsage::accountCode, AccountUsage::tenantId, AccountUsage::status)
			.containsExactly(null, "t-other", UsageStatus.REVIEW);
	}

	@Test
	void aMappedTenantThatWasNotReadIsAReviewItem() {
		var map = TenantMap.of(List.of(new TenantMapEntry("C1", "t-missing", 4)));
		var usage = new UsageLinker(UsageOrigin.MICROSOFT_GRAPH, map).link(List.of(ACME), List.of());

		assertThat(usage.get(0).status()).isEqualTo(UsageStatus.REVIEW);
		assertThat(usage.get(0).note()).contains("line 4", "t-missing");
	}

	@Test
	void theTenantMapFileFailsOnABadRowNamingLineAndColumn() throws IOException {
		Path good = Files.writeString(dir.resolve("good.csv"),
				"vendor_account_code,tenant_id\nC1,5A0C6C1E-0000-4000-8000-000000000001\n");
		assertThat(TenantMap.read(good).entries()).containsExactly(
				new TenantMapEntry("C1", "5a0c6c1e-0000-4000-8000-000000000001", 2));

		Path twice = Files.writeString(dir.resolve("twice.csv"), "vendor_account_code,tenant_id\nC1,t1\nc1,t2\n");
		assertThatThrownBy(() -> TenantMap.read(twice)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("twice.csv line 3, column vendor_account_code")
			.hasMessageContaining("first on line 2");
		Path bad = Files.writeString(dir.resolve("bad.csv"), "vendor_account_code,tenant_id\nC1,not a tenant\n");
		assertThatThrownBy(() -> TenantMap.read(bad)).hasMessageContaining("bad.csv line 2, column tenant_id");
	}

}
