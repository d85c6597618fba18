package com.msprecon.matching;

import java.util.List;

/**
 * The matcher's decision for one account: an automatic match (company, method, score, reason) or none,
 * with up to three candidates for the review list either way.
 */
public record MatchResult(String companyId, MatchMethod method, double score, String reason,
		List<Candidate> candidates) {

	public MatchResult {
		candidates = List.copyOf(candidates);
	}

	public static MatchResult auto(String companyId, MatchMethod method, double score, String reason,
			List<Candidate> candidates) {
		return new MatchResult(companyId, method, score, reason, candidates);
	}

	public static MatchResult none(String reason, List<Candidate> candidates) {
		return new MatchResult(null, null, 0, reason, candidates);
	}

	public boolean isMatched() {
		return companyId != null;
	}

}
