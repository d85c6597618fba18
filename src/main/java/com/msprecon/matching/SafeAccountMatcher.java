package com.msprecon.matching;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * First version of the R3 matcher: website domain, then normalized name, then fuzzy similarity; an
 * ambiguous best (two companies equally good) is never matched.
 */
public final class SafeAccountMatcher implements AccountMatcher {

	private static final double FUZZY_THRESHOLD = 0.94;

	private static final double FUZZY_MARGIN = 0.03;

	private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "llc", "ltd", "limited",
			"corp", "corporation", "co", "gmbh", "pty", "plc", "llp", "pc", "pllc", "sa", "bv", "ag", "company");

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final List<CompanyCandidate> companies;

	private final Map<String, List<CompanyCandidate>> byDomain = new HashMap<>();

	private final Map<String, List<CompanyCandidate>> byName = new HashMap<>();

	private SafeAccountMatcher(Collection<CompanyCandidate> companies) {
		this.companies = List.copyOf(companies);
		for (CompanyCandidate company : this.companies) {
			String domain = websiteDomain(company.website());
			if (domain != null) {
				byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(company);
			}
			byName.computeIfAbsent(normalize(company.name()), n -> new ArrayList<>()).add(company);
		}
	}

	public static SafeAccountMatcher over(Collection<CompanyCandidate> companies) {
		return new SafeAccountMatcher(companies);
	}

	@Override
	public MatchResult match(AccountToMatch account) {
		for (String domain : account.domains()) {
			List<CompanyCandidate> hits = byDomain.getOrDefault(domain.toLowerCase(Locale.ROOT), List.of());
			if (hits.size() == 1) {
				CompanyCandidate hit = hits.get(0);
				String reason = "domain " + domain + " = website of " + hit.name();
				return MatchResult.auto(hit.companyId(), MatchMethod.DOMAIN, 1.0, reason,
						List.of(new Candidate(hit.companyId(), hit.name(), 1.0, reason)));
			}
		}
		String name = normalize(account.accountName());
		List<CompanyCandidate> sameName = byName.getOrDefault(name, List.of());
		if (sameName.size() == 1) {
			CompanyCandidate hit = sameName.get(0);
			String reason = "normalized names equal: \"" + name + "\"";
			return MatchResult.auto(hit.companyId(), MatchMethod.NAME, 1.0, reason,
					List.of(new Candidate(hit.companyId(), hit.name(), 1.0, reason)));
		}
		if (sameName.size() > 1) {
			List<Candidate> tied = sameName.stream()
				.limit(3)
				.map(c -> new Candidate(c.companyId(), c.name(), 1.0, "same normalized name \"" + name + "\""))
				.toList();
			return MatchResult.none(sameName.size() + " companies share the normalized name \"" + name + "\"", tied);
		}
		List<Candidate> ranked = companies.stream()
			.map(c -> new Candidate(c.companyId(), c.name(), SIMILARITY.apply(name, normalize(c.name())),
					"name similarity"))
			.sorted(Comparator.comparingDouble(Candidate::score).reversed())
			.limit(3)
			.toList();
		if (!ranked.isEmpty() && ranked.get(0).score() >= FUZZY_THRESHOLD
				&& (ranked.size() == 1 || ranked.get(0).score() - ranked.get(1).score() >= FUZZY_MARGIN)) {
			Candidate best = ranked.get(0);
			return MatchResult.auto(best.companyId(), MatchMethod.FUZZY, best.score(),
					"name similarity %.3f to \"%s\"".formatted(best.score(), best.companyName()), ranked);
		}
		return MatchResult.none("no company clearly best", ranked);
	}

	static String normalize(String name) {
		String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
		List<String> words = new ArrayList<>(List.of(s.split(" ")));
		if (words.size() > 1 && words.get(0).equals("the")) {
			words.remove(0);
		}
		while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		return String.join(" ", words);
	}

	static String websiteDomain(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		String w = website.trim().toLowerCase(Locale.ROOT);
		String host = w.contains("://") ? URI.create(w.replace(" ", "")).getHost() : w.split("[/?#]")[0];
		if (host == null) {
			return null;
		}
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
