package com.msprecon.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The R3 matcher. Signals, strongest first: a vendor domain equal to exactly one company's website domain; equal
 * normalized names; one typing slip in one word ({@link FuzzyNameRule}); the customer's part of a tagged name.
 * It matches only when exactly one company carries the strongest signal present and no other signal contradicts
 * it; otherwise it returns no match with up to three candidates for the review list.
 */
public final class SafeAccountMatcher implements AccountMatcher {

	static final int MAX_CANDIDATES = 3;

	/** Score of a match on one part of a tagged name: good, but weaker than the whole name. */
	static final double TAGGED_PART_SCORE = 0.95;

	private static final String WITHOUT_DOTS = " with umlauts written without dots (\u00e4, \u00f6, \u00fc as a, o, u)";

	/** Companies compared by similarity for the review list, chosen first by shared words. */
	private static final int RANKED_BY_SIMILARITY = 8;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final CompanyIndex index;

	private final FuzzyNameRule fuzzyRule;

	private final boolean comparesAllPairs;

	private final MspTags mspTags;

	private SafeAccountMatcher(Collection<CompanyCandidate> companies, List<String> mspTags, boolean comparesAllPairs) {
		this.index = new CompanyIndex(companies);
		this.fuzzyRule = new FuzzyNameRule(index::isKnownWord);
		this.mspTags = MspTags.of(mspTags);
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
		Account subject = Account.of(account, mspTags, this::nameKeys);
		int[] considered = comparesAllPairs ? IntStream.range(0, index.size()).toArray() : block(subject);
		Comparison comparison = compare(subject, considered);
		return decide(subject, comparison);
	}

	/**
	 * The compact keys a company's name may have to be equal to {@code name} (R3): its own; with umlauts, its form
	 * without the dots ({@code Müller} = {@code Muller}); and the keys of companies whose name is this one without
	 * dots ({@code Muller} = {@code Müller}). A company held as {@code Schröder} and as {@code Schroeder} thus makes
	 * {@code Schroder} ambiguous. {@code Muller} never equals {@code Mueller} unless one of them has the umlaut.
	 */
	private List<String> nameKeys(NormalizedName name) {
		if (name.isEmpty()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>(name.keys());
		for (String key : List.of(name.compactKey(), name.withoutDotsKey())) {
			for (int company : index.withoutDots(key)) {
				keys.add(index.names[company].compactKey());
			}
		}
		return List.copyOf(keys);
	}

	/**
	 * The companies that may carry a signal: same host, same compact name, same tagged part, and for typos the
	 * companies whose name differs in one word with the same initial. Rare shared words and near-identical names
	 * add companies for the review list.
	 */
	private int[] block(Account subject) {
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

	private Comparison compare(Account subject, int[] considered) {
		Comparison comparison = new Comparison();
		NormalizedName name = subject.name();
		for (int company : considered) {
			NormalizedName companyName = index.names[company];
			boolean domain = !subject.hosts().isEmpty() && index.hasDomainIn(company, subject.hosts());
			boolean sameName = equalByKeys(subject.nameKeys(), companyName);
			NormalizedName part = sameName || subject.parts().isEmpty() ? null : sameTaggedPart(subject, companyName);
			FuzzyNameRule.Typo typo = sameName ? null : fuzzyRule.typo(name, companyName);
			boolean otherRegion = (sameName || part != null || typo != null) && name.regionsConflict(companyName);
			if (domain || sameName || part != null || typo != null) {
				boolean withoutDots = (sameName && !equalAsWritten(name, companyName))
						|| (part != null && !equalAsWritten(part, companyName));
				comparison.signals.add(new Signal(company, domain, sameName, part, typo, otherRegion, withoutDots));
			}
			else {
				comparison.offerForReview(company, sharedWords(name, companyName));
			}
		}
		return comparison;
	}

	private MatchResult decide(Account subject, Comparison comparison) {
		List<Signal> domain = comparison.signals.stream().filter(Signal::domain).toList();
		List<Signal> sameName = comparison.signals.stream().filter(Signal::byName).toList();
		List<Signal> typo = comparison.signals.stream().filter(Signal::byTypo).toList();
		String normalized = subject.name().key();
		if (domain.size() == 1) {
			Signal hit = domain.get(0);
			if (!sameName.isEmpty() && !hit.byName()) {
				return none(subject, comparison, "The website domain points to %s but the name \"%s\" equals %s; not decided automatically."
					.formatted(describe(hit), normalized, describe(sameName.get(0))));
			}
			String entity = entityWordsApart(subject.name(), index.names[hit.company()]);
			if (entity != null && !hit.byName()) {
				return none(subject, comparison, "The website domain %s is shared with %s, but the names differ by %s (another entity of the same family may share the website); not decided automatically."
					.formatted(sharedDomain(subject, hit.company()), describe(hit), entity));
			}
			return matched(subject, comparison, hit, MatchMethod.DOMAIN, 1.0,
					"Vendor domain %s equals the website domain of %s.".formatted(sharedDomain(subject, hit.company()), describe(hit)));
		}
		if (domain.size() > 1) {
			String shared = "The vendor domains point to %d companies".formatted(domain.size());
			List<Signal> named = sameName.stream().filter(Signal::domain).toList();
			if (named.size() == 1 && named.size() == sameName.size()) {
				return matched(subject, comparison, named.get(0), MatchMethod.NAME, 1.0,
						"%s; of these only %s has the normalized name \"%s\".".formatted(shared, describe(named.get(0)), normalized));
			}
			return none(subject, comparison, shared + " and the name does not single one out; not decided automatically.");
		}
		if (sameName.size() > 1 && !subject.name().regions().isEmpty()) {
			List<Signal> sameRegion = sameName.stream()
				.filter(signal -> index.names[signal.company()].regions().equals(subject.name().regions()))
				.toList();
			if (sameRegion.size() == 1) {
				Signal hit = sameRegion.get(0);
				return matched(subject, comparison, hit, MatchMethod.NAME, 1.0,
						"%d companies share the normalized name \"%s\"; of these only %s carries the account's region tag %s."
							.formatted(sameName.size(), normalized, describe(hit),
									String.join("/", subject.name().regions()).toUpperCase(Locale.ROOT)));
			}
		}
		if (sameName.size() == 1) {
			Signal hit = sameName.get(0);
			String twin = maybeSameWithUnknownForm(hit.company());
			if (twin != null) {
				return none(subject, comparison, "The normalized name \"%s\" equals %s, but %s; not decided automatically."
					.formatted(normalized, describe(hit), twin));
			}
			return matched(subject, comparison, hit, MatchMethod.NAME, 1.0,
					"Normalized names are equal%s: \"%s\" (account \"%s\") = \"%s\" (%s)."
						.formatted(hit.withoutDots() ? WITHOUT_DOTS : "", normalized, subject.source().accountName(),
								index.names[hit.company()].key(), describe(hit)));
		}
		if (sameName.size() > 1) {
			boolean withoutDots = sameName.stream().anyMatch(Signal::withoutDots);
			return none(subject, comparison, "%d companies share the normalized name \"%s\"%s; not decided automatically."
				.formatted(sameName.size(), normalized, withoutDots ? ", written with or without umlaut dots" : ""));
		}
		if (typo.size() > 1) {
			return none(subject, comparison, "%d companies differ from \"%s\" by one typing slip; not decided automatically."
				.formatted(typo.size(), normalized));
		}
		if (typo.size() == 1) {
			Signal hit = typo.get(0);
			String disagreement = domainsDisagree(subject, hit.company());
			String close = "\"%s\" is \"%s\" (%s) with one typing slip (\"%s\" for \"%s\")".formatted(normalized,
					index.names[hit.company()].key(), describe(hit), hit.typo().typed(), hit.typo().meant());
			if (disagreement != null) {
				return none(subject, comparison, close + ", but " + disagreement + "; not decided automatically.");
			}
			return matched(subject, comparison, hit, MatchMethod.FUZZY, similarity(subject.name(), hit.company()),
					close + "; no other company is that close.");
		}
		return decideOnTaggedParts(subject, comparison);
	}

	private MatchResult decideOnTaggedParts(Account subject, Comparison comparison) {
		List<Signal> parts = comparison.signals.stream().filter(Signal::byPart).toList();
		if (parts.size() == 1) {
			Signal hit = parts.get(0);
			String disagreement = domainsDisagree(subject, hit.company());
			String found = "The part \"%s\" of the tagged name \"%s\" equals the normalized name of %s%s"
				.formatted(hit.part().key(), subject.source().accountName(), describe(hit), hit.withoutDots() ? WITHOUT_DOTS : "");
			if (disagreement == null) {
				disagreement = maybeSameWithUnknownForm(hit.company());
			}
			if (disagreement != null) {
				return none(subject, comparison, found + ", but " + disagreement + "; not decided automatically.");
			}
			return matched(subject, comparison, hit, MatchMethod.NAME, TAGGED_PART_SCORE, found + ".");
		}
		if (parts.size() > 1) {
			return none(subject, comparison, "Parts of the tagged name \"%s\" equal %d different companies; not decided automatically."
				.formatted(subject.source().accountName(), parts.size()));
		}
		List<Signal> otherRegion = comparison.signals.stream().filter(Signal::otherRegion).toList();
		if (!otherRegion.isEmpty()) {
			Signal first = otherRegion.get(0);
			return none(subject, comparison, "%s would match the name \"%s\", but the region tags differ (%s)%s; not decided automatically."
				.formatted(capitalized(describe(first)), subject.name().key(), regionsOf(subject.name(), first.company()),
						otherRegion.size() > 1 ? " (and %d more such companies)".formatted(otherRegion.size() - 1) : ""));
		}
		return none(subject, comparison, "No company's domain or normalized name \"%s\" matches, and none is within one typing slip."
			.formatted(subject.name().key()));
	}

	/** The two sides' region tags for a reason: {@code account US, company UK}. */
	private String regionsOf(NormalizedName name, int company) {
		return "account %s, company %s".formatted(String.join("/", name.regions()).toUpperCase(Locale.ROOT),
				String.join("/", index.names[company].regions()).toUpperCase(Locale.ROOT));
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Why the vendor domains speak against a company, or null when they do not (no domains, or the same label). */
	private String domainsDisagree(Account subject, int company) {
		String[] websites = index.domains[company];
		if (subject.hosts().isEmpty() || websites.length == 0) {
			return null;
		}
		for (String website : websites) {
			String label = WebDomains.registeredLabel(website);
			for (String host : subject.hosts()) {
				if (WebDomains.registeredLabel(host).equals(label)) {
					return null;
				}
			}
		}
		return "its website %s does not match the vendor domains %s".formatted(String.join(", ", websites),
				String.join(", ", subject.hosts()));
	}

	/** The registrable domain the account and the company share, for reasons. */
	private String sharedDomain(Account subject, int company) {
		for (String domain : index.domains[company]) {
			if (subject.hosts().contains(domain)) {
				return domain;
			}
		}
		return String.join(", ", index.domains[company]);
	}

	/**
	 * What the names differ by when they are the same except for entity words on one side ({@code Harbor Dental
	 * Foundation} / {@code Harbor Dental LLC}: "foundation"), or null.
	 */
	private static String entityWordsApart(NormalizedName account, NormalizedName company) {
		if (account.tokens().equals(company.tokens())) {
			return null;
		}
		List<String> a = withoutEntityWords(account.tokens());
		List<String> c = withoutEntityWords(company.tokens());
		if (a.isEmpty() || !a.equals(c)) {
			return null;
		}
		Set<String> words = new LinkedHashSet<>(account.tokens());
		words.addAll(company.tokens());
		words.removeAll(a);
		return words.stream().map(word -> "\"" + word + "\"").collect(java.util.stream.Collectors.joining(", "));
	}

	private static List<String> withoutEntityWords(List<String> tokens) {
		return tokens.stream().filter(token -> !NameNormalizer.VOCABULARY.entityWords.contains(token)).toList();
	}

	/**
	 * When another company's name is this company's name followed by one short word ({@code Acme Dental XYZ} next to
	 * {@code Acme Dental}), the short word may be a legal form the vocabulary does not know, and the two records
	 * the same customer: then the account is not matched to either. Returns the reason, or null.
	 */
	private String maybeSameWithUnknownForm(int company) {
		for (int other : index.withShortWordAfter(index.names[company].compactKey())) {
			if (other != company) {
				List<String> tokens = index.names[other].tokens();
				return "%s is that name followed by \"%s\", which may be a legal form".formatted(
						describe(other), tokens.get(tokens.size() - 1));
			}
		}
		return null;
	}

	private MatchResult matched(Account subject, Comparison comparison, Signal hit, MatchMethod method, double score,
			String reason) {
		return MatchResult.auto(index.companies[hit.company()].companyId(), method, score, reason,
				candidates(subject, comparison, hit.company()));
	}

	private MatchResult none(Account subject, Comparison comparison, String reason) {
		return MatchResult.none(reason, candidates(subject, comparison, -1));
	}

	/** Up to three companies for the review list, the chosen one first, then by score. */
	private List<Candidate> candidates(Account subject, Comparison comparison, int chosen) {
		List<Ranked> ranked = new ArrayList<>();
		Set<Integer> listed = new HashSet<>();
		for (Signal signal : comparison.signals) {
			listed.add(signal.company());
			double score = signal.domain() || signal.byName() ? 1.0
					: signal.byPart() ? TAGGED_PART_SCORE
					: signal.otherRegion() ? similarityWithRegions(signal.part() != null ? signal.part() : subject.name(),
							subject.name().regions(), signal.company())
					: similarity(subject.name(), signal.company());
			ranked.add(new Ranked(signal.company(), score, signal));
		}
		for (int company : comparison.reviewCompanies()) {
			if (listed.add(company)) {
				ranked.add(new Ranked(company, similarity(subject.name(), company), null));
			}
		}
		// R2: every unmatched account gets its candidates; letters in common find them when no word is shared
		if (chosen < 0 && ranked.size() < MAX_CANDIDATES && !subject.name().isEmpty()) {
			for (int company : index.trigrams.nearest(subject.name().compactKey(), RANKED_BY_SIMILARITY, listed::contains)) {
				ranked.add(new Ranked(company, similarity(subject.name(), company), null));
			}
		}
		ranked.sort(Comparator.comparing((Ranked r) -> r.company() != chosen)
			.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
			.thenComparing(r -> index.companies[r.company()].companyId()));
		// reasons are written only for the few candidates shown
		return ranked.stream().limit(MAX_CANDIDATES).map(r -> {
			CompanyCandidate company = index.companies[r.company()];
			String reason = r.signal() == null ? similarReason(subject.name(), r.company(), r.score())
					: r.signal().otherRegion() && !r.signal().domain()
							? r.signal().describe(null) + ", but region tags differ (" + regionsOf(subject.name(), r.company()) + ")"
					: r.signal().describe(sharedDomain(subject, r.company()));
			return new Candidate(company.companyId(), company.name(), r.score(), reason);
		}).toList();
	}

	private record Ranked(int company, double score, Signal signal) {
	}

	private String similarReason(NormalizedName name, int company, double score) {
		NormalizedName other = index.names[company];
		String numbers = name.numbers().equals(other.numbers()) ? ""
				: "; numbers differ (%s vs %s)".formatted(String.join(" ", name.numbers()), String.join(" ", other.numbers()));
		return String.format(Locale.ROOT, "name similarity %.2f (\"%s\" vs \"%s\")%s", score, name.key(), other.key(), numbers);
	}

	private double similarity(NormalizedName name, int company) {
		return Math.round(SIMILARITY.apply(name.key(), index.names[company].key()) * 1000) / 1000.0;
	}

	/** Similarity of the names with their region tags, so that "zenith us" / "zenith uk" ranks below a real match. */
	private double similarityWithRegions(NormalizedName name, List<String> regions, int company) {
		NormalizedName other = index.names[company];
		String one = name.key() + " " + String.join(" ", regions);
		String two = other.key() + " " + String.join(" ", other.regions());
		return Math.round(SIMILARITY.apply(one, two) * 1000) / 1000.0;
	}

	private String describe(Signal signal) {
		return describe(signal.company());
	}

	private String describe(int company) {
		CompanyCandidate candidate = index.companies[company];
		return "company %s \"%s\"".formatted(candidate.companyId(), candidate.name());
	}

	private static NormalizedName sameTaggedPart(Account subject, NormalizedName companyName) {
		for (int i = 0; i < subject.parts().size(); i++) {
			if (equalByKeys(subject.partKeys().get(i), companyName)) {
				return subject.parts().get(i);
			}
		}
		return null;
	}

	/** The company's compact or literal key is one of the keys the account's name may have. */
	private static boolean equalByKeys(List<String> keys, NormalizedName company) {
		return keys.contains(company.compactKey()) || keys.contains(company.literalKey());
	}

	/** Equal by the keys as written (compact or literal), not only through umlauts written without dots. */
	private static boolean equalAsWritten(NormalizedName one, NormalizedName two) {
		return one.compactKey().equals(two.compactKey()) || one.literalKey().equals(two.literalKey())
				|| one.compactKey().equals(two.literalKey()) || one.literalKey().equals(two.compactKey());
	}

	private static int sharedWords(NormalizedName account, NormalizedName company) {
		int shared = 0;
		for (String token : account.tokens()) {
			if (company.tokens().contains(token)) {
				shared++;
			}
		}
		return shared;
	}

	/**
	 * The account as the matcher reads it: normalized name and the compact keys equal to it, hosts of its domains
	 * (and of its name), tagged parts and their keys.
	 */
	private record Account(AccountToMatch source, NormalizedName name, List<String> nameKeys, List<String> hosts,
			List<NormalizedName> parts, List<List<String>> partKeys) {

		static Account of(AccountToMatch account, MspTags mspTags, Function<NormalizedName, List<String>> keys) {
			Set<String> hosts = new LinkedHashSet<>();
			for (String domain : account.domains()) {
				for (String host : WebDomains.hosts(domain)) {
					if (!WebDomains.isSharedPlatform(host)) {
						hosts.add(WebDomains.registrable(host));
					}
				}
			}
			String accountName = mspTags.withoutConfiguredTags(account.accountName());
			if (WebDomains.looksLikeDomain(accountName)) {
				String host = WebDomains.host(accountName);
				if (host != null && !WebDomains.isSharedPlatform(host)) {
					hosts.add(WebDomains.registrable(host));
				}
			}
			NormalizedName name = NameNormalizer.normalize(accountName);
			List<NormalizedName> parts = new ArrayList<>(NameNormalizer.taggedParts(accountName));
			String afterTag = MspTags.afterGluedTag(accountName);
			if (afterTag != null) {
				NormalizedName rest = NameNormalizer.normalize(afterTag);
				if (rest.tokens().size() >= 2 && !rest.compactKey().equals(name.compactKey())) {
					parts.add(rest);
				}
			}
			return new Account(account, name, keys.apply(name), List.copyOf(hosts), List.copyOf(parts),
					parts.stream().map(keys).toList());
		}

	}

	/**
	 * What one company has in common with the account. {@code otherRegion}: both names carry region tags and they
	 * differ, so the name, part or typo found does not count (R3: {@code Zenith (US)} is not {@code Zenith UK Ltd}).
	 */
	private record Signal(int company, boolean domain, boolean sameName, NormalizedName part, FuzzyNameRule.Typo typo,
			boolean otherRegion, boolean withoutDots) {

		boolean byName() {
			return sameName && !otherRegion;
		}

		boolean byPart() {
			return part != null && !otherRegion;
		}

		boolean byTypo() {
			return typo != null && !otherRegion;
		}

		String describe(String host) {
			if (domain && host != null) {
				return "website domain " + host + " is a vendor domain";
			}
			if (sameName) {
				return "same normalized name" + (withoutDots ? WITHOUT_DOTS : "");
			}
			if (part != null) {
				return "part \"" + part.key() + "\" of the tagged name equals its name" + (withoutDots ? WITHOUT_DOTS : "");
			}
			return "one typing slip: \"" + typo.typed() + "\" for \"" + typo.meant() + "\"";
		}

	}

	/** The companies with a signal, and the few sharing most words with the account for the review list. */
	private static final class Comparison {

		final List<Signal> signals = new ArrayList<>();

		private final int[] reviewCompany = new int[RANKED_BY_SIMILARITY];

		private final int[] reviewShared = new int[RANKED_BY_SIMILARITY];

		private int reviewSize;

		void offerForReview(int company, int shared) {
			if (shared == 0) {
				return;
			}
			if (reviewSize < RANKED_BY_SIMILARITY) {
				reviewCompany[reviewSize] = company;
				reviewShared[reviewSize++] = shared;
				return;
			}
			int weakest = 0;
			for (int i = 1; i < reviewSize; i++) {
				if (reviewShared[i] < reviewShared[weakest]) {
					weakest = i;
				}
			}
			if (shared > reviewShared[weakest]) {
				reviewCompany[weakest] = company;
				reviewShared[weakest] = shared;
			}
		}

		int[] reviewCompanies() {
			return java.util.Arrays.copyOf(reviewCompany, reviewSize);
		}

	}

}
