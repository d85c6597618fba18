package com.msprecon.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ordered decision of R3 that docs/matching.md documents: each rung looks at one signal, strongest first, and
 * either decides (a match, or a refusal with its reason) or leaves the account to the next rung. A match needs
 * exactly one company with the strongest signal present and nothing that speaks against it.
 */
final class DecisionLadder {

	/** One rung: a decision, or null to go on to the next rung. */
	private interface Rung {

		Decision decide(AccountReading subject, Signals signals);

	}

	/** A match ({@code company} >= 0, method and score) or a refusal (company -1), with the reason. */
	record Decision(int company, MatchMethod method, double score, String reason) {

		static Decision match(Signals.Signal hit, MatchMethod method, double score, String reason) {
			return new Decision(hit.company(), method, score, reason);
		}

		static Decision refuse(String reason) {
			return new Decision(-1, null, 0, reason);
		}

		boolean isMatch() {
			return company >= 0;
		}

	}

	private static final String UNDECIDED = "; not decided automatically.";

	private final CompanyIndex index;

	private final Reasons reasons;

	private final ReviewCandidates candidates;

	private final List<Rung> rungs;

	DecisionLadder(CompanyIndex index, Reasons reasons, ReviewCandidates candidates) {
		this.index = index;
		this.reasons = reasons;
		this.candidates = candidates;
		this.rungs = List.of(this::oneDomain, this::sharedDomain, this::name, this::typingSlip, this::taggedPart,
				this::otherRegion);
	}

	Decision decide(AccountReading subject, Signals signals) {
		for (Rung rung : rungs) {
			Decision decision = rung.decide(subject, signals);
			if (decision != null) {
				return decision;
			}
		}
		return Decision.refuse("No company's domain or normalized name \"%s\" matches, and none is within one typing slip."
			.formatted(subject.name().key()));
	}

	/** 1. A vendor domain equal to one company's registrable website domain; refused against a name or an added entity word. */
	private Decision oneDomain(AccountReading subject, Signals signals) {
		List<Signals.Signal> domain = signals.byDomain();
		if (domain.size() != 1) {
			return null;
		}
		Signals.Signal hit = domain.get(0);
		List<Signals.Signal> sameName = signals.byName();
		if (!sameName.isEmpty() && !hit.byName()) {
			return Decision.refuse("The website domain points to %s but the name \"%s\" equals %s".formatted(
					reasons.company(hit), subject.name().key(), reasons.company(sameName.get(0))) + UNDECIDED);
		}
		String shared = reasons.sharedDomain(subject, hit.company());
		List<String> entity = entityWordsApart(subject.name(), index.names[hit.company()]);
		if (!entity.isEmpty() && !hit.byName()) {
			return Decision.refuse("The website domain %s is shared with %s, but the names differ by %s (another entity of the same family may share the website)"
				.formatted(shared, reasons.company(hit), Reasons.quoted(entity)) + UNDECIDED);
		}
		return Decision.match(hit, MatchMethod.DOMAIN, 1.0,
				"Vendor domain %s equals the website domain of %s.".formatted(shared, reasons.company(hit)));
	}

	/** 1b. Vendor domains of several companies: only the name can single one of them out. */
	private Decision sharedDomain(AccountReading subject, Signals signals) {
		List<Signals.Signal> domain = signals.byDomain();
		if (domain.size() <= 1) {
			return null;
		}
		String shared = "The vendor domains point to %d companies".formatted(domain.size());
		List<Signals.Signal> sameName = signals.byName();
		List<Signals.Signal> named = sameName.stream().filter(Signals.Signal::domain).toList();
		if (named.size() == 1 && named.size() == sameName.size()) {
			return Decision.match(named.get(0), MatchMethod.NAME, 1.0, "%s; of these only %s has the normalized name \"%s\"."
				.formatted(shared, reasons.company(named.get(0)), subject.name().key()));
		}
		return Decision.refuse(shared + " and the name does not single one out" + UNDECIDED);
	}

	/**
	 * 2. Equal normalized names: one company, unless another is this name plus a short unknown word; of several, the
	 * one carrying the account's region tag.
	 */
	private Decision name(AccountReading subject, Signals signals) {
		List<Signals.Signal> sameName = signals.byName();
		String normalized = subject.name().key();
		if (sameName.size() > 1 && !subject.name().regions().isEmpty()) {
			List<Signals.Signal> sameRegion = sameName.stream()
				.filter(signal -> index.names[signal.company()].regions().equals(subject.name().regions()))
				.toList();
			if (sameRegion.size() == 1) {
				Signals.Signal hit = sameRegion.get(0);
				return Decision.match(hit, MatchMethod.NAME, 1.0,
						"%d companies share the normalized name \"%s\"; of these only %s carries the account's region tag %s."
							.formatted(sameName.size(), normalized, reasons.company(hit),
									String.join("/", subject.name().regions()).toUpperCase(Locale.ROOT)));
			}
		}
		if (sameName.size() == 1) {
			Signals.Signal hit = sameName.get(0);
			String twin = maybeSameWithUnknownForm(hit.company());
			if (twin != null) {
				return Decision.refuse("The normalized name \"%s\" equals %s, but %s".formatted(normalized, reasons.company(hit), twin)
						+ UNDECIDED);
			}
			return Decision.match(hit, MatchMethod.NAME, 1.0, "Normalized names are equal%s: \"%s\" (account \"%s\") = \"%s\" (%s)."
				.formatted(hit.withoutDots() ? Reasons.WITHOUT_DOTS : "", normalized, subject.source().accountName(),
						index.names[hit.company()].key(), reasons.company(hit)));
		}
		if (sameName.size() > 1) {
			boolean withoutDots = sameName.stream().anyMatch(Signals.Signal::withoutDots);
			return Decision.refuse("%d companies share the normalized name \"%s\"%s".formatted(sameName.size(), normalized,
					withoutDots ? ", written with or without umlaut dots" : "") + UNDECIDED);
		}
		return null;
	}

	/** 3. One typing slip in one word, one company only, and vendor domains that do not speak against it. */
	private Decision typingSlip(AccountReading subject, Signals signals) {
		List<Signals.Signal> typo = signals.byTypo();
		String normalized = subject.name().key();
		if (typo.size() > 1) {
			return Decision.refuse("%d companies differ from \"%s\" by one typing slip".formatted(typo.size(), normalized) + UNDECIDED);
		}
		if (typo.isEmpty()) {
			return null;
		}
		Signals.Signal hit = typo.get(0);
		String close = "\"%s\" is \"%s\" (%s) with one typing slip (\"%s\" for \"%s\")".formatted(normalized,
				index.names[hit.company()].key(), reasons.company(hit), hit.typo().typed(), hit.typo().meant());
		String disagreement = domainsDisagree(subject, hit.company());
		if (disagreement != null) {
			return Decision.refuse(close + ", but " + disagreement + UNDECIDED);
		}
		return Decision.match(hit, MatchMethod.FUZZY, candidates.similarity(subject.name(), hit.company()),
				close + "; no other company is that close.");
	}

	/** 4. One part of a tagged name (also after a glued tag) equal to one company's name; domains as in 3. */
	private Decision taggedPart(AccountReading subject, Signals signals) {
		List<Signals.Signal> parts = signals.byPart();
		if (parts.size() > 1) {
			return Decision.refuse("Parts of the tagged name \"%s\" equal %d different companies"
				.formatted(subject.source().accountName(), parts.size()) + UNDECIDED);
		}
		if (parts.isEmpty()) {
			return null;
		}
		Signals.Signal hit = parts.get(0);
		String found = "The part \"%s\" of the tagged name \"%s\" equals the normalized name of %s%s".formatted(
				hit.part().key(), subject.source().accountName(), reasons.company(hit), hit.withoutDots() ? Reasons.WITHOUT_DOTS : "");
		String disagreement = domainsDisagree(subject, hit.company());
		if (disagreement == null) {
			disagreement = maybeSameWithUnknownForm(hit.company());
		}
		if (disagreement != null) {
			return Decision.refuse(found + ", but " + disagreement + UNDECIDED);
		}
		return Decision.match(hit, MatchMethod.NAME, SafeAccountMatcher.TAGGED_PART_SCORE, found + ".");
	}

	/** 5. A name, part or slip found only across different region tags: refused, the company listed. */
	private Decision otherRegion(AccountReading subject, Signals signals) {
		List<Signals.Signal> otherRegion = signals.inOtherRegion();
		if (otherRegion.isEmpty()) {
			return null;
		}
		Signals.Signal first = otherRegion.get(0);
		return Decision.refuse("%s would match the name \"%s\", but the region tags differ (%s)%s".formatted(
				Reasons.capitalized(reasons.company(first)), subject.name().key(), reasons.regions(subject.name(), first.company()),
				otherRegion.size() > 1 ? " (and %d more such companies)".formatted(otherRegion.size() - 1) : "") + UNDECIDED);
	}

	/** Why the vendor domains speak against a company, or null when they do not (no domains, or the same label). */
	private String domainsDisagree(AccountReading subject, int company) {
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

	/**
	 * The entity words the account's name has beyond the company's when the names differ only by such words
	 * ({@code Harbor Dental Foundation} / {@code Harbor Dental LLC}: "foundation"); empty otherwise. A company
	 * named with more entity words than the account ({@code Harrow Industrial Group} for {@code Harrow Industrial})
	 * is the family's name as the PSA holds it, so its domain still decides.
	 */
	static List<String> entityWordsApart(NormalizedName account, NormalizedName company) {
		if (account.tokens().equals(company.tokens())
				|| !withoutEntityWords(account.tokens()).equals(withoutEntityWords(company.tokens()))
				|| withoutEntityWords(account.tokens()).isEmpty()) {
			return List.of();
		}
		Set<String> extra = new LinkedHashSet<>(account.tokens());
		extra.removeAll(company.tokens());
		return new ArrayList<>(extra);
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
				return "%s is that name followed by \"%s\", which may be a legal form".formatted(reasons.company(other),
						tokens.get(tokens.size() - 1));
			}
		}
		return null;
	}

}
