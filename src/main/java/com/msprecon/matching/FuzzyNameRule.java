package com.msprecon.matching;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When two different normalized names may still be the same company: the same words in the same order, except
 * one word with a single typing slip (one letter inserted, dropped, replaced, or two swapped). Deliberately
 * narrow, because a one-word difference is also how near-namesakes look ({@code North Shore} / {@code South
 * Shore}, {@code Store 112} / {@code Store 113}, {@code Carter} / {@code Carver}).
 */
public final class FuzzyNameRule {

	/** Shorter words change meaning with one letter ({@code Acme} / {@code Acne}), so they must match exactly. */
	static final int MIN_TYPO_WORD_LENGTH = 5;

	/** A one-word name has nothing else to confirm it, so its slip must sit in a longer word. */
	static final int MIN_SINGLE_WORD_LENGTH = 6;

	/** Words whose one-letter variants are other real words that tell companies apart. */
	static final Set<String> CONTRAST_WORDS = Set.of("north", "south", "east", "west", "upper", "lower", "inner",
			"outer", "first", "second", "third", "central", "centre", "center", "senior", "junior", "primary",
			"middle", "eastern", "western", "northern", "southern");

	private final Predicate<String> knownWord;

	/**
	 * @param knownWord true for words that occur in some company name; an account word that is itself a known word
	 * is not a typo of another word ({@code Hanson} when the PSA also knows {@code Hanson} and {@code Hansen})
	 */
	public FuzzyNameRule(Predicate<String> knownWord) {
		this.knownWord = knownWord;
	}

	/** The slip that makes {@code account} a typo of {@code company}, or null when the rule does not accept them. */
	public Typo typo(NormalizedName account, NormalizedName company) {
		List<String> a = account.tokens();
		List<String> c = company.tokens();
		if (a.size() != c.size() || a.isEmpty() || !account.numbers().equals(company.numbers())) {
			return null;
		}
		int differing = -1;
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).equals(c.get(i))) {
				if (differing >= 0) {
					return null;
				}
				differing = i;
			}
		}
		if (differing < 0) {
			return null;
		}
		String typed = a.get(differing);
		String meant = c.get(differing);
		int minLength = a.size() == 1 ? MIN_SINGLE_WORD_LENGTH : MIN_TYPO_WORD_LENGTH;
		if (typed.length() < minLength || meant.length() < minLength || typed.charAt(0) != meant.charAt(0)
				|| NormalizedName.hasDigit(typed) || CONTRAST_WORDS.contains(typed) || CONTRAST_WORDS.contains(meant)
				|| knownWord.test(typed) || !withinOneEdit(typed, meant)) {
			return null;
		}
		return new Typo(typed, meant);
	}

	/** One letter inserted, deleted, replaced, or two adjacent letters swapped (optimal string alignment 1). */
	static boolean withinOneEdit(String s, String t) {
		int ls = s.length();
		int lt = t.length();
		if (Math.abs(ls - lt) > 1) {
			return false;
		}
		int prefix = 0;
		while (prefix < ls && prefix < lt && s.charAt(prefix) == t.charAt(prefix)) {
			prefix++;
		}
		if (prefix == ls && prefix == lt) {
			return true;
		}
		if (ls == lt) {
			if (s.regionMatches(prefix + 1, t, prefix + 1, ls - prefix - 1)) {
				return true;
			}
			return prefix + 1 < ls && s.charAt(prefix) == t.charAt(prefix + 1) && s.charAt(prefix + 1) == t.charAt(prefix)
					&& s.regionMatches(prefix + 2, t, prefix + 2, ls - prefix - 2);
		}
		return ls > lt ? s.regionMatches(prefix + 1, t, prefix, lt - prefix) : t.regionMatches(prefix + 1, s, prefix, ls - prefix);
	}

	/** The account's word and the company's word it was taken to mean. */
	public record Typo(String typed, String meant) {
	}

}
