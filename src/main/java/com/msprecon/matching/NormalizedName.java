package com.msprecon.matching;

import java.util.Collection;
import java.util.List;

/**
 * A company or account name reduced to what identifies it.
 *
 * @param tokens the significant words, in order (legal suffixes, tags, a leading "the" removed)
 * @param key the tokens joined by spaces: the readable form shown in reasons
 * @param compactKey the tokens without spaces and without "and": equal for "BlueSky" and "Blue Sky"; a "-" keeps
 * apart digits of two words, so that "24 7" (from "24/7") is not "247"
 * @param numbers the tokens holding digits; names that differ in a number are different companies
 * @param regions the region tags removed from the name ({@code uk} for {@code Acme (UK)}), canonical and sorted
 * @param withoutDotsKey the compact key with umlauts read as their bare vowels ({@code muller} for {@code Müller},
 * whose compact key is {@code mueller}); equal to {@code compactKey} when the name has no umlaut
 * @param literalKey the significant words as written, before abbreviations are read, joined without spaces but
 * with "and": {@code crimsonskytechnologies} for {@code Crimson Sky Technologies}, {@code carterandsilva} for
 * {@code Carter & Silva}, so that words run together still equal the name they were typed from
 */
public record NormalizedName(List<String> tokens, String key, String compactKey, List<String> numbers,
		List<String> regions, String withoutDotsKey, String literalKey) {

	public NormalizedName {
		tokens = List.copyOf(tokens);
		numbers = List.copyOf(numbers);
		regions = List.copyOf(regions);
	}

	static NormalizedName of(List<String> tokens) {
		return of(tokens, List.of(), compact(tokens, true));
	}

	static NormalizedName of(List<String> tokens, Collection<String> regions, String literalKey) {
		List<String> numbers = tokens.stream().filter(NormalizedName::hasDigit).toList();
		String compactKey = compact(tokens, false);
		return new NormalizedName(tokens, String.join(" ", tokens), compactKey, numbers,
				regions.isEmpty() ? List.of() : regions.stream().distinct().sorted().toList(), compactKey, literalKey);
	}

	/** The words without spaces ("and" left out unless {@code withAnd}); a "-" keeps apart digits of two words. */
	static String compact(List<String> tokens, boolean withAnd) {
		StringBuilder compact = new StringBuilder();
		for (String token : tokens) {
			if (withAnd || !token.equals("and")) {
				if (compact.length() > 0 && Character.isDigit(compact.charAt(compact.length() - 1))
						&& Character.isDigit(token.charAt(0))) {
					compact.append('-');
				}
				compact.append(token);
			}
		}
		return compact.toString();
	}

	/** This name with the compact key of its form written without umlaut dots. */
	NormalizedName withoutDots(String key) {
		return new NormalizedName(tokens, this.key, compactKey, numbers, regions, key, literalKey);
	}

	/** The keys another name's keys are compared with: compact, without dots, literal (distinct). */
	List<String> keys() {
		if (compactKey.equals(literalKey)) {
			return withoutDotsKey.equals(compactKey) ? List.of(compactKey) : List.of(compactKey, withoutDotsKey);
		}
		return withoutDotsKey.equals(compactKey) ? List.of(compactKey, literalKey)
				: List.of(compactKey, withoutDotsKey, literalKey);
	}

	/**
	 * True when both names carry region tags and they are not the same: {@code Zenith (US)} and {@code Zenith UK Ltd}
	 * are two tenants or two companies, not one name. A tag on one side only says nothing.
	 */
	public boolean regionsConflict(NormalizedName other) {
		return !regions.isEmpty() && !other.regions.isEmpty() && !regions.equals(other.regions);
	}

	public boolean isEmpty() {
		return compactKey.isEmpty();
	}

	static boolean hasDigit(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (Character.isDigit(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
