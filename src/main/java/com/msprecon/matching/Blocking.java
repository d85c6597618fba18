package com.msprecon.matching;

import java.util.List;

/**
 * The companies worth comparing with an account (R3), found through the index: every company that can carry a
 * signal (same registrable domain, same compact or literal key, same tagged part, and for typos the companies
 * whose name differs in one word with the same initial), plus companies sharing rare words or near-identical
 * names for the review list. Lossless for signals, so the decisions equal those of comparing all pairs.
 */
final class Blocking {

	private Blocking() {
	}

	static int[] companiesFor(AccountReading subject, CompanyIndex index) {
		CompanyIndex.IntList found = new CompanyIndex.IntList();
		subject.hosts().forEach(domain -> found.addAll(index.withDomain(domain)));
		subject.nameKeys().forEach(key -> found.addAll(index.withCompactKey(key)));
		subject.partKeys().forEach(keys -> keys.forEach(key -> found.addAll(index.withCompactKey(key))));
		List<String> tokens = subject.name().tokens();
		if (tokens.size() == 1) {
			found.addAll(index.singleWordsNear(tokens.get(0)));
		}
		for (int position = 0; tokens.size() > 1 && position < tokens.size(); position++) {
			if (CompanyIndex.mayHoldTypo(tokens.get(position))) {
				found.addAll(index.withOneWordDifferent(tokens, position));
				found.addAll(index.withOneWordDifferentForReview(tokens, position));
			}
		}
		for (String token : tokens) {
			int[] postings = index.withToken(token);
			if (postings.length <= CompanyIndex.REVIEW_POSTING_LIMIT) {
				found.addAll(postings);
			}
		}
		return found.distinct();
	}

}
