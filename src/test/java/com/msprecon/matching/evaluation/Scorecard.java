package com.msprecon.matching.evaluation;

import com.msprecon.matching.AccountMatcher;
import com.msprecon.matching.MatchResult;
import com.msprecon.matching.evaluation.SyntheticMatchingData.Dataset;
import com.msprecon.matching.evaluation.SyntheticMatchingData.LabelledAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy of automatic matches on a labelled set. Precision = right automatic matches / all automatic matches;
 * recall = right automatic matches / accounts that have a true company.
 */
record Scorecard(String matcher, int accounts, int withTrueCompany, int automatic, int right,
		Map<String, int[]> byVariation, List<String> wrongMatches) {

	static Scorecard of(String matcherName, AccountMatcher matcher, Dataset dataset) {
		int withTrue = 0;
		int automatic = 0;
		int right = 0;
		Map<String, int[]> byVariation = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (LabelledAccount labelled : dataset.accounts()) {
			MatchResult result = matcher.match(labelled.account());
			int[] counts = byVariation.computeIfAbsent(labelled.variation().replaceFirst(":.*", ""), v -> new int[3]);
			counts[0]++;
			withTrue += labelled.hasTrueCompany() ? 1 : 0;
			if (result.isMatched()) {
				automatic++;
				if (result.companyId().equals(labelled.trueCompanyId())) {
					right++;
					counts[1]++;
				}
				else {
					counts[2]++;
					wrong.add("%s \"%s\" -> %s (true: %s) %s".formatted(labelled.variation(), labelled.account().accountName(),
							result.companyId(), labelled.trueCompanyId().isEmpty() ? "none" : labelled.trueCompanyId(), result.reason()));
				}
			}
		}
		return new Scorecard(matcherName, dataset.accounts().size(), withTrue, automatic, right, byVariation, wrong);
	}

	double precision() {
		return automatic == 0 ? 1.0 : (double) right / automatic;
	}

	double recall() {
		return withTrueCompany == 0 ? 1.0 : (double) right / withTrueCompany;
	}

	String summary() {
		return String.format(Locale.ROOT, "%-24s precision %6.2f %% (%d of %d automatic matches right), recall %6.2f %% (%d of %d)",
				matcher, precision() * 100, right, automatic, recall() * 100, right, withTrueCompany);
	}

	String variationTable() {
		StringBuilder table = new StringBuilder("| variation | accounts | right | wrong |\n|---|---:|---:|---:|\n");
		byVariation.forEach((variation, c) -> table.append("| %s | %d | %d | %d |%n".formatted(variation, c[0], c[1], c[2])));
		return table.toString();
	}

}
