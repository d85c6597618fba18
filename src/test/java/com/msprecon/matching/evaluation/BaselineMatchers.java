package com.msprecon.matching.evaluation;

import com.msprecon.matching.AccountMatcher;
import com.msprecon.matching.Candidate;
import com.msprecon.matching.CompanyCandidate;
import com.msprecon.matching.MatchMethod;
import com.msprecon.matching.MatchResult;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The two ways of matching the market uses today, measured next to ours on the same set. */
final class BaselineMatchers {

	private BaselineMatchers() {
	}

	/** Exact name only (trimmed, case-insensitive), as the best-known product does; a name held twice is not matched. */
	static AccountMatcher exactName(List<CompanyCandidate> companies) {
		return account -> {
			String name = account.accountName().trim().toLowerCase(Locale.ROOT);
			List<CompanyCandidate> same = companies.stream()
				.filter(c -> c.name().trim().toLowerCase(Locale.ROOT).equals(name))
				.toList();
			return same.size() == 1 ? MatchResult.auto(same.get(0).companyId(), MatchMethod.NAME, 1.0, "exact name", List.of())
					: MatchResult.none("no single exact name", List.of());
		};
	}

	/** Naive fuzzy: the most similar company name (Jaro-Winkler on lower-case names) when it scores 0.90 or more. */
	static AccountMatcher naiveFuzzy(List<CompanyCandidate> companies) {
		JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
		return account -> {
			String name = account.accountName().trim().toLowerCase(Locale.ROOT);
			CompanyCandidate best = null;
			double bestScore = -1;
			for (CompanyCandidate company : companies) {
				double score = similarity.apply(name, company.name().trim().toLowerCase(Locale.ROOT));
				if (score > bestScore) {
					best = company;
					bestScore = score;
				}
			}
			return best != null && bestScore >= 0.90
					? MatchResult.auto(best.companyId(), MatchMethod.FUZZY, bestScore, "similarity",
							List.of(new Candidate(best.companyId(), best.name(), bestScore, "similarity")))
					: MatchResult.none("below 0.90", List.of());
		};
	}

}
