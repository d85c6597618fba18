package com.msprecon.matching;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The R3 matcher. Signals, strongest first: a vendor domain whose registrable domain is exactly one company's
 * website domain; equal normalized names; one typing slip in one word ({@link FuzzyNameRule}); the customer's part
 * of a tagged name. It matches only when exactly one company carries the strongest signal present and no other
 * signal contradicts it; otherwise it returns no match with up to three candidates for the review list.
 * Immutable after construction and thread-safe.
 */
public final class SafeAccountMatcher implements AccountMatcher {

	static final int MAX_CANDIDATES = ReviewCandidates.MAX_CANDIDATES;

	/** Score of a match on one part of a tagged name: good, but weaker than the whole name. */
	static final double TAGGED_PART_SCORE = 0.95;

	private final CompanyIndex index;

	private final FuzzyNameRule fuzzyRule;

	private final MspTags mspTags;

	private final DecisionLadder ladder;

	private final ReviewCandidates candidates;

	private final boolean comparesAllPairs;

	private SafeAccountMatcher(Collection<CompanyCandidate> companies, List<String> mspTags, boolean comparesAllPairs) {
		this.index = new CompanyIndex(companies);
		this.fuzzyRule = new FuzzyNameRule(index::isKnownWord);
		this.mspTags = MspTags.of(mspTags);
		Reasons reasons = new Reasons(index);
		this.candidates = new ReviewCandidates(index, reasons);
		this.ladder = new DecisionLadder(index, reasons, candidates);
		this.comparesAllPairs = comparesAllPairs;
	}

	/** The matcher the job uses: compares each account with the companies its indexes point to. */
	public static SafeAccountMatcher over(Collection<CompanyCandidate> companies) {
		return over(companies, List.of());
	}

	/**
	 * The same, with the MSP's own tags ({@code NC}, {@code NetCare}) that it glues to vendor account names; they
	 * are removed before the name is compared ({@code NC - Acme}, {@code [NC] Acme}, {@code Acme_NC}).
	 */
	public static SafeAccountMatcher over(Collection<CompanyCandidate> companies, List<String> mspTags) {
		return new SafeAccountMatcher(companies, mspTags, false);
	}

	/** The same decisions by comparing each account with every company; for benchmarks and checks only. */
	static SafeAccountMatcher comparingAllPairs(Collection<CompanyCandidate> companies) {
		return comparingAllPairs(companies, List.of());
	}

	static SafeAccountMatcher comparingAllPairs(Collection<CompanyCandidate> companies, List<String> mspTags) {
		return new SafeAccountMatcher(companies, mspTags, true);
	}

	@Override
	public MatchResult match(AccountToMatch account) {
		AccountReading subject = AccountReading.read(account, mspTags, index);
		int[] considered = comparesAllPairs ? IntStream.range(0, index.size()).toArray() : Blocking.companiesFor(subject, index);
		Signals signals = Signals.compare(subject, considered, index, fuzzyRule);
		DecisionLadder.Decision decision = ladder.decide(subject, signals);
		List<Candidate> review = candidates.of(subject, signals, decision.company());
		return decision.isMatch()
				? MatchResult.auto(index.companies[decision.company()].companyId(), decision.method(), decision.score(),
						decision.reason(), review)
				: MatchResult.none(decision.reason(), review);
	}

}
