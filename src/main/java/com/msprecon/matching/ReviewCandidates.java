package com.msprecon.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Up to three scored candidates for every account (R2), the chosen company first: the companies with a signal,
 * then those sharing the most rare words, ranked by Jaro-Winkler similarity of the normalized names; for an
 * unmatched account with fewer, the letter-trigram index fills the list. Candidates never make a match.
 */
final class ReviewCandidates {

	static final int MAX_CANDIDATES = 3;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final CompanyIndex index;

	private final Reasons reasons;

	ReviewCandidates(CompanyIndex index, Reasons reasons) {
		this.index = index;
		this.reasons = reasons;
	}

	/** The candidates of an account; {@code chosen} is the matched company, or -1. */
	List<Candidate> of(AccountReading subject, Signals signals, int chosen) {
		List<Ranked> ranked = new ArrayList<>();
		Set<Integer> listed = new HashSet<>();
		for (Signals.Signal signal : signals.all) {
			listed.add(signal.company());
			double score = signal.domain() || signal.byName() ? 1.0
					: signal.byPart() ? SafeAccountMatcher.TAGGED_PART_SCORE
					: signal.otherRegion() ? similarityWithRegions(signal.part() != null ? signal.part() : subject.name(),
							subject.name().regions(), signal.company())
					: similarity(subject.name(), signal.company());
			ranked.add(new Ranked(signal.company(), score, signal));
		}
		for (int company : signals.reviewCompanies()) {
			if (listed.add(company)) {
				ranked.add(new Ranked(company, similarity(subject.name(), company), null));
			}
		}
		// R2: every unmatched account gets its candidates; letters in common find them when no word is shared
		if (chosen < 0 && ranked.size() < MAX_CANDIDATES && !subject.name().isEmpty()) {
			for (int company : index.trigrams.nearest(subject.name().compactKey(), Signals.RANKED_BY_SIMILARITY, listed::contains)) {
				ranked.add(new Ranked(company, similarity(subject.name(), company), null));
			}
		}
		ranked.sort(Comparator.comparing((Ranked r) -> r.company() != chosen)
			.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
			.thenComparing(r -> index.companies[r.company()].companyId()));
		// reasons are written only for the few candidates shown
		return ranked.stream().limit(MAX_CANDIDATES).map(r -> {
			CompanyCandidate company = index.companies[r.company()];
			String reason = r.signal() == null ? reasons.similar(subject.name(), r.company(), r.score())
					: reasons.signal(subject, r.signal());
			return new Candidate(company.companyId(), company.name(), r.score(), reason);
		}).toList();
	}

	/** Jaro-Winkler similarity of the normalized names, to three places. */
	double similarity(NormalizedName name, int company) {
		return Math.round(SIMILARITY.apply(name.key(), index.names[company].key()) * 1000) / 1000.0;
	}

	/** Similarity of the names with their region tags, so that "zenith us" / "zenith uk" ranks below a real match. */
	private double similarityWithRegions(NormalizedName name, List<String> regions, int company) {
		NormalizedName other = index.names[company];
		String one = name.key() + " " + String.join(" ", regions);
		String two = other.key() + " " + String.join(" ", other.regions());
		return Math.round(SIMILARITY.apply(one, two) * 1000) / 1000.0;
	}

	private record Ranked(int company, double score, Signals.Signal signal) {
	}

}
