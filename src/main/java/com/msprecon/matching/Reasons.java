package com.msprecon.matching;

import java.util.List;
import java.util.Locale;

/**
 * The sentences that explain a decision or a candidate to finance (R3): they name the signal, the normalized
 * forms and the company, e.g. {@code Normalized names are equal: "acme dental" (account "ACME DENTAL, INC.") =
 * "acme dental" (company 1 "Acme Dental LLC").}
 */
final class Reasons {

	static final String WITHOUT_DOTS = " with umlauts written without dots (\u00e4, \u00f6, \u00fc as a, o, u)";

	private final CompanyIndex index;

	Reasons(CompanyIndex index) {
		this.index = index;
	}

	/** {@code company 1 "Acme Dental LLC"}. */
	String company(int company) {
		CompanyCandidate candidate = index.companies[company];
		return "company %s \"%s\"".formatted(candidate.companyId(), candidate.name());
	}

	String company(Signals.Signal signal) {
		return company(signal.company());
	}

	/** The two sides' region tags: {@code account US, company UK}. */
	String regions(NormalizedName name, int company) {
		return "account %s, company %s".formatted(String.join("/", name.regions()).toUpperCase(Locale.ROOT),
				String.join("/", index.names[company].regions()).toUpperCase(Locale.ROOT));
	}

	/** The registrable domain the account and the company share; the company's domains when they share none. */
	String sharedDomain(AccountReading subject, int company) {
		for (String domain : index.domains[company]) {
			if (subject.hosts().contains(domain)) {
				return domain;
			}
		}
		return String.join(", ", index.domains[company]);
	}

	/** What a candidate with a signal has in common with the account. */
	String signal(AccountReading subject, Signals.Signal signal) {
		if (signal.otherRegion() && !signal.domain()) {
			return what(signal) + ", but region tags differ (" + regions(subject.name(), signal.company()) + ")";
		}
		if (signal.domain()) {
			return "website domain " + sharedDomain(subject, signal.company()) + " is a vendor domain";
		}
		return what(signal);
	}

	private static String what(Signals.Signal signal) {
		if (signal.sameName()) {
			return "same normalized name" + (signal.withoutDots() ? WITHOUT_DOTS : "");
		}
		if (signal.part() != null) {
			return "part \"" + signal.part().key() + "\" of the tagged name equals its name" + (signal.withoutDots() ? WITHOUT_DOTS : "");
		}
		return "one typing slip: \"" + signal.typo().typed() + "\" for \"" + signal.typo().meant() + "\"";
	}

	/** {@code name similarity 0.93 ("store 113" vs "store 112"); numbers differ (113 vs 112)}. */
	String similar(NormalizedName name, int company, double score) {
		NormalizedName other = index.names[company];
		String numbers = name.numbers().equals(other.numbers()) ? ""
				: "; numbers differ (%s vs %s)".formatted(String.join(" ", name.numbers()), String.join(" ", other.numbers()));
		return String.format(Locale.ROOT, "name similarity %.2f (\"%s\" vs \"%s\")%s", score, name.key(), other.key(), numbers);
	}

	static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String quoted(List<String> words) {
		return String.join(", ", words.stream().map(word -> "\"" + word + "\"").toList());
	}

}
