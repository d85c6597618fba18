package com.msprecon.reconciliation;

import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.mapping.AccountMapEntry;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.mapping.ServiceMapEntry;
import com.msprecon.matching.AccountMatcher;
import com.msprecon.matching.AccountToMatch;
import com.msprecon.matching.CompanyCandidate;
import com.msprecon.matching.MatchResult;
import com.msprecon.matching.SafeAccountMatcher;
import com.msprecon.psa.PsaCompany;
import com.msprecon.vendor.VendorAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies R2 (account map, then EXCLUDE, then the automatic matcher, else unmatched), R4 (seats per PSA
 * product through the service map) and R8 (Sync-Up) to one vendor account.
 */
public final class AccountResolver {

	private final Map<String, AccountMapEntry> accountMap = new LinkedHashMap<>();

	private final Map<String, String> companyNames;

	private final AccountMatcher matcher;

	private final ServiceMap serviceMap;

	private final SeatBasis seatBasis;

	/**
	 * The resolver of one run: its mapping tables, and the automatic matcher over its companies that may be
	 * matched (Inactive and Deleted companies never are; a mapped account may still name one).
	 */
	public static AccountResolver over(List<PsaCompany> companies, List<String> mspTags,
			List<AccountMapEntry> accountMap, ServiceMap serviceMap, SeatBasis seatBasis) {
		Map<String, String> names = companies.stream().collect(Collectors.toMap(PsaCompany::companyId, PsaCompany::name));
		AccountMatcher matcher = SafeAccountMatcher.over(companies.stream()
			.filter(PsaCompany::isMatchCandidate)
			.map(c -> new CompanyCandidate(c.companyId(), c.name(), c.website()))
			.toList(), mspTags);
		return new AccountResolver(accountMap, names, matcher, serviceMap, seatBasis);
	}

	/**
	 * @param companyNames every PSA company of the run (id to name), matchable or not: a mapped account may
	 * name an inactive company
	 */
	public AccountResolver(List<AccountMapEntry> accountMap, Map<String, String> companyNames, AccountMatcher matcher,
			ServiceMap serviceMap, SeatBasis seatBasis) {
		for (AccountMapEntry entry : accountMap) {
			this.accountMap.put(codeKey(entry.vendorAccountCode()), entry);
		}
		this.companyNames = companyNames;
		this.matcher = matcher;
		this.serviceMap = serviceMap;
		this.seatBasis = seatBasis;
	}

	public AccountOutcome resolve(VendorAccount account) {
		int seats = seats(account);
		AccountResolution resolution = resolution(account, seats);
		if (resolution.method() == ResolutionMethod.EXCLUDED) {
			return new AccountOutcome(resolution, List.of(), List.of(accountLine(resolution, LineStatus.EXCLUDED, null,
					resolution.reason())), null);
		}
		List<VendorContribution> contributions = new ArrayList<>();
		List<ReconciliationLine> lines = new ArrayList<>();
		if (resolution.isResolved()) {
			Map<String, List<String>> packagesByProduct = new LinkedHashMap<>();
			for (String pkg : account.packages()) {
				Optional<List<ServiceMapEntry>> rows = serviceMap.lookup(pkg);
				if (rows.isEmpty()) {
					lines.add(accountLine(resolution, LineStatus.UNMAPPED_SERVICE, pkg,
							"package '" + pkg + "' is not in the service map"));
					continue;
				}
				// a product reached by several packages of the account counts the seats once
				for (String product : ServiceMap.products(rows.get())) {
					packagesByProduct.computeIfAbsent(serviceMap.canonicalProduct(product), p -> new ArrayList<>()).add(pkg);
				}
			}
			packagesByProduct.forEach((product, packages) -> contributions.add(new VendorContribution(
					account.accountCode(), product, resolution.companyId(), seats, String.join(";", packages))));
		}
		else {
			lines.add(accountLine(resolution, LineStatus.UNMATCHED, null, resolution.reason()));
		}
		return new AccountOutcome(resolution, contributions, lines, syncUp(account, resolution));
	}

	private AccountResolution resolution(VendorAccount account, int seats) {
		AccountMapEntry mapped = accountMap.get(codeKey(account.accountCode()));
		if (mapped != null && mapped.excluded()) {
			return new AccountResolution(account.accountCode(), account.accountName(), ResolutionMethod.EXCLUDED, null,
					null, 0, "excluded by account map line " + mapped.line() + note(mapped), List.of(),
					account.userCount(), account.actualUsers(), seats);
		}
		if (mapped != null) {
			return new AccountResolution(account.accountCode(), account.accountName(), ResolutionMethod.MAPPED,
					mapped.psaCompanyId(), companyNames.get(mapped.psaCompanyId()), 1.0,
					"account map line " + mapped.line() + note(mapped), List.of(), account.userCount(),
					account.actualUsers(), seats);
		}
		MatchResult match = matcher.match(new AccountToMatch(account.accountCode(), account.accountName(),
				account.domains()));
		if (match.isMatched()) {
			return new AccountResolution(account.accountCode(), account.accountName(), ResolutionMethod.AUTO,
					match.companyId(), companyNames.get(match.companyId()), match.score(),
					match.method() + ": " + match.reason(), match.candidates(), account.userCount(),
					account.actualUsers(), seats);
		}
		double best = match.candidates().isEmpty() ? 0 : match.candidates().get(0).score();
		return new AccountResolution(account.accountCode(), account.accountName(), ResolutionMethod.UNMATCHED, null,
				null, best, match.reason(), match.candidates(), account.userCount(), account.actualUsers(), seats);
	}

	/** R4: actual users when known (unless configured to always bill the contract), else contracted seats. */
	private int seats(VendorAccount account) {
		return seatBasis == SeatBasis.ACTUAL_WHEN_KNOWN && account.actualUsers() != null ? account.actualUsers()
				: account.userCount();
	}

	/** R8: resolved or unmatched accounts whose actual users are known and differ from the contract. */
	private static SyncUpLine syncUp(VendorAccount account, AccountResolution resolution) {
		Integer actual = account.actualUsers();
		if (actual == null || actual == account.userCount()) {
			return null;
		}
		return new SyncUpLine(account.accountCode(), account.accountName(), resolution.companyId(),
				resolution.companyName(), account.packages(), account.userCount(), actual);
	}

	private static ReconciliationLine accountLine(AccountResolution resolution, LineStatus status, String pkg,
			String note) {
		String key = "A|" + resolution.accountCode() + "|" + status + (pkg == null ? "" : "|" + pkg);
		return new ReconciliationLine(key, status, List.of(resolution.accountCode()), resolution.companyId(),
				resolution.companyName(), pkg, BigDecimal.valueOf(resolution.seats()), null, null, null, note);
	}

	private static String note(AccountMapEntry entry) {
		return entry.note() == null ? "" : " (" + entry.note() + ")";
	}

	private static String codeKey(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
