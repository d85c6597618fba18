package com.msprecon.reconciliation;

import static com.msprecon.reconciliation.Fixtures.mapRow;
import static com.msprecon.reconciliation.Fixtures.serviceMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.mapping.AccountMapEntry;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.matching.AccountMatcher;
import com.msprecon.matching.AccountToMatch;
import com.msprecon.matching.Candidate;
import com.msprecon.matching.MatchMethod;
import com.msprecon.matching.MatchResult;
import com.msprecon.vendor.VendorAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** R2 (account resolution order), R4 (seats per PSA product through the service map) and R8 (Sync-Up). */
class AccountResolverTests {

	private static final Map<String, String> COMPANIES = Map.of("C1", "Acme Ltd", "C2", "Beta GmbH", "C3",
			"Gamma Inc");

	/**
	 * 1001 and 1003 both map to EMAIL-SEC (N:1), 1004 maps to AWARE and SAT (1:N), 1005 is ignored, "Archive" is
	 * mapped by name only.
	 */
	private static final ServiceMap MAP = serviceMap(mapRow("1001", "EMAIL-SEC", "3.00"),
			mapRow("1003", "EMAIL-SEC", null), mapRow("1004", "AWARE", null), mapRow("1004", "SAT", null),
			mapRow("1005", "IGNORE", null), mapRow("Archive", "ARCHIVE", null));

	private static final List<Candidate> CANDIDATES = List.of(new Candidate("C2", "Beta GmbH", 0.71, "fuzzy name"),
			new Candidate("C3", "Gamma Inc", 0.52, "fuzzy name"));

	/** The accounts the fake matcher was asked about. */
	private final List<AccountToMatch> asked = new ArrayList<>();

	/** Matches "Beta*" accounts to C2, nothing else. */
	private final AccountMatcher matcher = account -> {
		asked.add(account);
		return account.accountName().startsWith("Beta")
				? MatchResult.auto("C2", MatchMethod.NAME, 0.97, "equal normalized names", CANDIDATES)
				: MatchResult.none("no candidate is clearly best", CANDIDATES);
	};

	private static final List<AccountMapEntry> ACCOUNT_MAP = List.of(
			new AccountMapEntry("MAPPED1", "C1", false, "UK tenant", 2),
			new AccountMapEntry("excl1", null, true, "internal test tenant", 3),
			new AccountMapEntry("BETA-X", "C3", false, null, 4),
			new AccountMapEntry("BETA-EXCL", null, true, null, 5));

	private AccountOutcome resolve(VendorAccount account) {
		return resolve(account, SeatBasis.ACTUAL_WHEN_KNOWN);
	}

	private AccountOutcome resolve(VendorAccount account, SeatBasis basis) {
		return new AccountResolver(ACCOUNT_MAP, COMPANIES, matcher, MAP, basis).resolve(account);
	}

	private static VendorAccount account(String code, String name, int userCount, Integer actualUsers,
			String... packages) {
		return new VendorAccount(code, name, userCount, List.of(packages), List.of("example.com"), actualUsers);
	}

	/** A mapped account (to C1) with 10 contracted seats, usage unknown. */
	private static VendorAccount mapped(String... packages) {
		return account("MAPPED1", "Acme UK", 10, null, packages);
	}

	/** EXCLUDED and UNMATCHED accounts have no company and no contribution. */
	private static AccountResolution assertUnresolved(AccountOutcome outcome, ResolutionMethod method) {
		AccountResolution resolution = outcome.resolution();
		assertThat(resolution.method()).isEqualTo(method);
		assertThat(resolution.companyId()).isNull();
		assertThat(resolution.companyName()).isNull();
		assertThat(resolution.isResolved()).isFalse();
		assertThat(outcome.contributions()).isEmpty();
		return resolution;
	}

	// ---- R2 ----

	@Test
	void r2MapRowWithACompanyIsMappedAndTheMatcherIsNotAsked() {
		AccountOutcome outcome = resolve(mapped("Email Security [1001]"));

		AccountResolution resolution = outcome.resolution();
		assertThat(resolution.method()).isEqualTo(ResolutionMethod.MAPPED);
		assertThat(resolution.companyId()).isEqualTo("C1");
		assertThat(resolution.companyName()).isEqualTo("Acme Ltd");
		assertThat(resolution.isResolved()).isTrue();
		assertThat(resolution.reason()).contains("line 2").contains("UK tenant");
		assertThat(asked).isEmpty();
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void r2MapBeatsTheMatcherEvenWhenTheMatcherWouldMatchAnotherCompany() {
		AccountOutcome outcome = resolve(account("BETA-X", "Beta GmbH", 5, null, "[1001]"));

		assertThat(outcome.resolution().method()).isEqualTo(ResolutionMethod.MAPPED);
		assertThat(outcome.resolution().companyId()).isEqualTo("C3");
		assertThat(outcome.contributions()).extracting(VendorContribution::companyId).containsExactly("C3");
		assertThat(asked).isEmpty();
	}

	@ParameterizedTest(name = "R2 account code ''{0}'' finds the map row ''MAPPED1''")
	@CsvSource({ "MAPPED1", "mapped1", "' MAPPED1 '" })
	void r2AccountMapCodesAreComparedTrimmedAndCaseInsensitively(String code) {
		AccountOutcome outcome = resolve(account(code, "Acme UK", 10, null));

		assertThat(outcome.resolution().method()).isEqualTo(ResolutionMethod.MAPPED);
		assertThat(outcome.resolution().companyId()).isEqualTo("C1");
	}

	@Test
	void r2ExcludeComputesNothingElse() {
		// usage known and different, packages mapped and unmapped: still no contribution, no sync-up, no other line
		AccountOutcome outcome = resolve(account("EXCL1", "Internal", 10, 12, "[1001]", "Unknown [9999]"));

		AccountResolution resolution = assertUnresolved(outcome, ResolutionMethod.EXCLUDED);
		assertThat(resolution.reason()).contains("line 3").contains("internal test tenant");
		assertThat(outcome.contributions()).isEmpty();
		assertThat(outcome.syncUp()).isNull();
		assertThat(outcome.lines()).extracting(ReconciliationLine::status).containsExactly(LineStatus.EXCLUDED);
		ReconciliationLine line = outcome.lines().get(0);
		assertThat(line.accountCodes()).containsExactly("EXCL1");
		assertThat(line.companyId()).isNull();
		assertThat(line.vendorQty()).as("per-account lines carry the seats").isEqualByComparingTo("12");
		assertThat(asked).isEmpty();
	}

	@Test
	void r2ExcludeBeatsTheMatcher() {
		AccountOutcome outcome = resolve(account("BETA-EXCL", "Beta GmbH", 5, null, "[1001]"));

		assertThat(outcome.resolution().method()).isEqualTo(ResolutionMethod.EXCLUDED);
		assertThat(asked).isEmpty();
	}

	@Test
	void r2AutoCarriesMethodScoreAndReason() {
		AccountOutcome outcome = resolve(account("B1", "Beta GmbH", 5, null, "[1001]"));

		AccountResolution resolution = outcome.resolution();
		assertThat(resolution.method()).isEqualTo(ResolutionMethod.AUTO);
		assertThat(resolution.companyId()).isEqualTo("C2");
		assertThat(resolution.companyName()).isEqualTo("Beta GmbH");
		assertThat(resolution.score()).isEqualTo(0.97);
		assertThat(resolution.reason()).contains("NAME").contains("equal normalized names");
		assertThat(outcome.contributions()).extracting(VendorContribution::companyId).containsExactly("C2");
		assertThat(asked).extracting(AccountToMatch::accountCode, AccountToMatch::accountName)
			.containsExactly(tuple("B1", "Beta GmbH"));
		assertThat(asked.get(0).domains()).containsExactly("example.com");
	}

	@Test
	void r2UnmatchedHasCandidatesAndItsLineCarriesTheSeats() {
		AccountOutcome outcome = resolve(account("U1", "Unknown Co", 10, 7, "[1001]", "Unknown [9999]"));

		AccountResolution resolution = assertUnresolved(outcome, ResolutionMethod.UNMATCHED);
		assertThat(resolution.candidates()).extracting(Candidate::companyId).containsExactly("C2", "C3");
		assertThat(resolution.score()).as("best candidate's score").isEqualTo(0.71);
		assertThat(resolution.reason()).isEqualTo("no candidate is clearly best");
		assertThat(outcome.contributions()).isEmpty();
		assertThat(outcome.lines()).extracting(ReconciliationLine::status).containsExactly(LineStatus.UNMATCHED);
		ReconciliationLine line = outcome.lines().get(0);
		assertThat(line.accountCodes()).containsExactly("U1");
		assertThat(line.companyId()).isNull();
		assertThat(line.vendorQty()).isEqualByComparingTo("7");
		assertThat(line.psaQty()).isNull();
		assertThat(line.delta()).isNull();
	}

	// ---- R4 ----

	@Test
	void r4EachMappedProductGetsTheSeats() {
		AccountOutcome outcome = resolve(mapped("Email Security [1001]", "Archive"));

		assertThat(outcome.contributions())
			.extracting(VendorContribution::productIdentifier, VendorContribution::seats, VendorContribution::companyId,
					VendorContribution::accountCode)
			.containsExactlyInAnyOrder(tuple("EMAIL-SEC", 10, "C1", "MAPPED1"), tuple("ARCHIVE", 10, "C1", "MAPPED1"));
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void r4AProductReachedBySeveralPackagesOfTheAccountCountsTheSeatsOnce() {
		AccountOutcome outcome = resolve(mapped("Email Security [1001]", "Email Security Plus [1003]"));

		assertThat(outcome.contributions()).singleElement().satisfies(c -> {
			assertThat(c.productIdentifier()).isEqualTo("EMAIL-SEC");
			assertThat(c.seats()).isEqualTo(10);
			assertThat(c.packages()).contains("Email Security [1001]").contains("Email Security Plus [1003]");
		});
	}

	@Test
	void r4NToOneCountsOnceEvenWhenTheServiceMapSpellsTheProductDifferently() {
		ServiceMap map = serviceMap(mapRow("1001", "EMAIL-SEC", null), mapRow("1003", "Email-Sec", null));
		AccountResolver resolver = new AccountResolver(ACCOUNT_MAP, COMPANIES, matcher, map,
				SeatBasis.ACTUAL_WHEN_KNOWN);

		AccountOutcome outcome = resolver.resolve(mapped("A [1001]", "B [1003]"));

		assertThat(outcome.contributions()).as("product identifiers are compared case-insensitively")
			.singleElement()
			.satisfies(c -> assertThat(c.seats()).isEqualTo(10));
	}

	@Test
	void r4OnePackageToSeveralProducts() {
		AccountOutcome outcome = resolve(mapped("Awareness Training [1004]"));

		assertThat(outcome.contributions()).extracting(VendorContribution::productIdentifier, VendorContribution::seats)
			.containsExactlyInAnyOrder(tuple("AWARE", 10), tuple("SAT", 10));
	}

	@Test
	void r4IgnoredPackageIsSkipped() {
		AccountOutcome outcome = resolve(mapped("Legacy [1005]", "[1001]"));

		assertThat(outcome.contributions()).extracting(VendorContribution::productIdentifier)
			.containsExactly("EMAIL-SEC");
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void r4OneUnmappedServiceLinePerPackageWithTheSeats() {
		AccountOutcome outcome = resolve(account("MAPPED1", "Acme UK", 10, 8, "[1001]", "Unknown [9999]", "Other"));

		assertThat(outcome.lines()).extracting(ReconciliationLine::status, ReconciliationLine::productIdentifier)
			.containsExactlyInAnyOrder(tuple(LineStatus.UNMAPPED_SERVICE, "Unknown [9999]"),
					tuple(LineStatus.UNMAPPED_SERVICE, "Other"));
		assertThat(outcome.lines()).allSatisfy(line -> {
			assertThat(line.vendorQty()).isEqualByComparingTo("8");
			assertThat(line.accountCodes()).containsExactly("MAPPED1");
			assertThat(line.companyId()).isEqualTo("C1");
		});
		assertThat(outcome.lines()).extracting(ReconciliationLine::lineKey).doesNotHaveDuplicates();
		assertThat(outcome.contributions()).extracting(VendorContribution::productIdentifier)
			.containsExactly("EMAIL-SEC");
	}

	@ParameterizedTest(name = "R4 user_count 10, actual_users {0}, basis {1} -> seats {2}")
	@CsvSource(nullValues = "unknown", value = { "7, ACTUAL_WHEN_KNOWN, 7", "12, ACTUAL_WHEN_KNOWN, 12",
			"0, ACTUAL_WHEN_KNOWN, 0", "unknown, ACTUAL_WHEN_KNOWN, 10", "7, CONTRACTED, 10", "unknown, CONTRACTED, 10" })
	void r4SeatsAreActualUsersWhenKnownUnlessConfiguredContracted(Integer actual, SeatBasis basis, int seats) {
		AccountOutcome outcome = resolve(account("MAPPED1", "Acme UK", 10, actual, "[1001]"), basis);

		assertThat(outcome.resolution().seats()).isEqualTo(seats);
		assertThat(outcome.contributions()).extracting(VendorContribution::seats).containsExactly(seats);
	}

	// ---- R8 ----

	@ParameterizedTest(name = "R8 {0} account, user_count 10, actual 13 -> sync-up change +3")
	@CsvSource({ "MAPPED1, Acme UK, C1", "B1, Beta GmbH, C2", "U1, Unknown Co, " })
	void r8SyncUpForResolvedAndUnmatchedAccounts(String code, String name, String companyId) {
		AccountOutcome outcome = resolve(account(code, name, 10, 13, "[1001]"));

		SyncUpLine syncUp = outcome.syncUp();
		assertThat(syncUp).isNotNull();
		assertThat(syncUp.accountCode()).isEqualTo(code);
		assertThat(syncUp.accountName()).isEqualTo(name);
		assertThat(syncUp.companyId()).isEqualTo(companyId);
		assertThat(syncUp.currentSeats()).isEqualTo(10);
		assertThat(syncUp.newTotalSeats()).isEqualTo(13);
		assertThat(syncUp.change()).isEqualTo(3);
		assertThat(syncUp.direction()).isEqualTo(SyncDirection.UPSELL);
		assertThat(syncUp.packages()).containsExactly("[1001]");
	}

	@ParameterizedTest(name = "R8 user_count {0}, actual {1} -> change {2}")
	@CsvSource({ "10, 4, -6", "0, 5, 5", "5, 0, -5", "682, 700, 18" })
	void r8ChangeIsActualMinusContracted(int userCount, int actual, int change) {
		SyncUpLine syncUp = resolve(account("MAPPED1", "Acme UK", userCount, actual)).syncUp();
		assertThat(syncUp.change()).isEqualTo(change);
		assertThat(syncUp.newTotalSeats()).as("the portal takes the new total").isEqualTo(actual);
		assertThat(syncUp.direction()).isEqualTo(change > 0 ? SyncDirection.UPSELL : SyncDirection.DOWNSELL);
	}

	@ParameterizedTest(name = "R8 no sync-up when actual users are {0} (user_count 10)")
	@CsvSource(nullValues = "unknown", value = { "unknown", "10" })
	void r8NoSyncUpWhenActualUnknownOrEqual(Integer actual) {
		assertThat(resolve(account("MAPPED1", "Acme UK", 10, actual, "[1001]")).syncUp()).isNull();
		assertThat(resolve(account("U1", "Unknown Co", 10, actual, "[1001]")).syncUp()).isNull();
	}

	@ParameterizedTest(name = "R8 sync-up does not depend on the seat basis {0}")
	@EnumSource(SeatBasis.class)
	void r8SyncUpIndependentOfSeatBasis(SeatBasis basis) {
		assertThat(resolve(account("MAPPED1", "Acme UK", 10, 13), basis).syncUp().change()).isEqualTo(3);
	}

}
