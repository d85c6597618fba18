package com.msprecon.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces company and account names to comparable forms (R3): case, Latin accents and German transliteration
 * (letters of other scripts kept as they are), punctuation and spacing, {@code &}/and, legal forms of any country,
 * a leading "the", abbreviations, words that only announce a number, words run together, region tags, and a domain
 * used as a name. The words it knows are data ({@link Vocabulary}). Stateless and thread-safe.
 */
public final class NameNormalizer {

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]");

	// " - ", " | ", ": ", " / " and dashes: where MSPs glue their own tag or a region onto a name
	private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|/]\\s+|\\s*[|:]\\s*|\\s+[\u2013\u2014]|[\u2013\u2014]\\s+");

	private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");

	private static final String UMLAUTS = "\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc";

	private static final String BARE_VOWELS = "aouAOU";

	// letters and digits of every script stay; marks stay on letters of other scripts (Latin accents are gone by then)
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

	// "1,000" and "1,250,000": a comma before groups of exactly three digits groups thousands, so it joins them;
	// any other punctuation between digits ("24/7", "1-2", "2.0", "1,00") separates numbers (R3: numbers count)
	private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d]|[.,]\\d)");

	static final Vocabulary VOCABULARY = Vocabulary.load(NameNormalizer::readings);

	private NameNormalizer() {
	}

	/**
	 * The normalized form of a whole name; region tags dropped (and kept aside), other tags kept as words. A name
	 * with umlauts also gets the compact key of its form without the dots ({@code Müller} as {@code Muller}).
	 */
	public static NormalizedName normalize(String name) {
		String text = composed(name);
		NormalizedName normalized = normalizeAsWritten(text);
		return hasUmlaut(text) ? normalized.withoutDots(normalizeAsWritten(withoutDots(text)).compactKey()) : normalized;
	}

	private static NormalizedName normalizeAsWritten(String name) {
		String text = undomain(name);
		List<String> regions = new ArrayList<>(1);
		if (isPlain(text)) {
			return normalized(text, regions);
		}
		Matcher groups = PARENTHESES.matcher(text);
		StringBuilder kept = new StringBuilder();
		while (groups.find()) {
			String inside = groups.group(1) != null ? groups.group(1) : groups.group(2);
			String region = regionTag(inside);
			if (region != null) {
				regions.add(region);
			}
			groups.appendReplacement(kept, region != null ? " " : Matcher.quoteReplacement(" " + inside + " "));
		}
		groups.appendTail(kept);
		List<String> parts = new ArrayList<>();
		for (String part : TAG_SEPARATOR.split(kept)) {
			String region = regionTag(part);
			if (region != null) {
				regions.add(region);
			}
			else {
				parts.add(part);
			}
		}
		return normalized(String.join(" ", parts), regions);
	}

	/** The significant words of a text as a name, with its literal compact key taken before abbreviations are read. */
	private static NormalizedName normalized(String text, List<String> regions) {
		List<String> written = significant(rawWords(text), regions);
		return NormalizedName.of(canonical(written), regions, NormalizedName.compact(written, true));
	}

	/**
	 * The parts of a tagged name ({@code NetCare - Acme}, {@code Acme (NetCare)}), each normalized, region tags
	 * left out; empty when the name has fewer than two such parts. One of them may be the customer's name.
	 */
	public static List<NormalizedName> taggedParts(String name) {
		String text = composed(name);
		List<NormalizedName> parts = taggedPartsAsWritten(text);
		if (!hasUmlaut(text) || parts.isEmpty()) {
			return parts;
		}
		// dropping the dots changes letters only, never where a name splits, so the parts line up
		List<NormalizedName> withoutDots = taggedPartsAsWritten(withoutDots(text));
		if (withoutDots.size() != parts.size()) {
			return parts;
		}
		List<NormalizedName> both = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			both.add(parts.get(i).withoutDots(withoutDots.get(i).compactKey()));
		}
		return both;
	}

	private static List<NormalizedName> taggedPartsAsWritten(String name) {
		String text = undomain(name);
		if (isPlain(text)) {
			return List.of();
		}
		List<String> raw = new ArrayList<>();
		Matcher groups = PARENTHESES.matcher(text);
		while (groups.find()) {
			raw.add(groups.group(1) != null ? groups.group(1) : groups.group(2));
		}
		raw.addAll(List.of(TAG_SEPARATOR.split(PARENTHESES.matcher(text).replaceAll(" | "))));
		List<NormalizedName> parts = new ArrayList<>();
		for (String part : raw) {
			if (!part.isBlank() && regionTag(part) == null) {
				NormalizedName normalized = normalized(part, new ArrayList<>());
				if (!normalized.isEmpty() && !isOnlyLegalForm(part)) {
					parts.add(normalized);
				}
			}
		}
		return parts.size() >= 2 ? parts : List.of();
	}

	/** A part such as {@code (Pty)} or {@code (haftungsbeschränkt)}: a legal form, not a name. */
	private static boolean isOnlyLegalForm(String part) {
		return VOCABULARY.legalForms.contains(String.join(" ", rawWords(part)));
	}

	/** No brackets and no tag separators: most names, which need no tag handling. */
	private static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[' || c == '|' || c == ':' || c == '/' || c == '\u2013' || c == '\u2014'
					|| (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
				return false;
			}
		}
		return true;
	}

	/** Lower-case words as written (accents and punctuation gone, initials glued), before abbreviations are read. */
	static List<String> rawWords(String text) {
		String s = CAMEL_HUMP.matcher(transliterate(text)).replaceAll(" ");
		s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ").replace("'", "").replace("\u2019", "");
		if (s.indexOf(',') >= 0) {
			s = THOUSANDS.matcher(s).replaceAll(match -> match.group().replace(",", ""));
		}
		s = NOT_A_WORD.matcher(s).replaceAll(" ").trim();
		List<String> words = new ArrayList<>();
		if (s.isEmpty()) {
			return words;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : s.split(" ")) {
			// "L.L.C." and "I.B.M." arrive as single letters: glue them back into one word
			if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
				initials.append(word);
				continue;
			}
			flushInitials(initials, words);
			words.add(word);
		}
		flushInitials(initials, words);
		return words;
	}

	private static void flushInitials(StringBuilder initials, List<String> words) {
		if (initials.length() > 0) {
			words.add(initials.toString());
			initials.setLength(0);
		}
	}

	/** Each word as its canonical word ({@code intl} -> {@code international}, {@code street} -> {@code st}). */
	static List<String> canonical(List<String> words) {
		List<String> canonical = new ArrayList<>(words.size());
		for (String word : words) {
			canonical.add(VOCABULARY.canonicalWords.getOrDefault(word, word));
		}
		return canonical;
	}

	/**
	 * Drops what does not identify the company: a leading "the"; at the end, legal forms (also several words, and
	 * one-word forms with one typing slip), region tags and "and"; words that only announce a number ({@code No.}
	 * in {@code Store No. 12}). The region tags dropped are added to {@code regions}. One word always stays.
	 */
	static List<String> significant(List<String> words, List<String> regions) {
		List<String> tokens = new ArrayList<>(words);
		if (tokens.size() > 1 && tokens.get(0).equals("the")) {
			tokens.remove(0);
		}
		while (tokens.size() > 1) {
			String last = tokens.get(tokens.size() - 1);
			String region = VOCABULARY.regionTags.get(last);
			if (region != null) {
				regions.add(region);
				tokens.remove(tokens.size() - 1);
				continue;
			}
			int form = trailingLegalForm(tokens);
			if (form > 0) {
				tokens.subList(tokens.size() - form, tokens.size()).clear();
			}
			else if (last.equals("and") || isLegalFormWithSlip(last)) {
				tokens.remove(tokens.size() - 1);
			}
			else {
				break;
			}
		}
		dropNumberWords(tokens);
		return tokens;
	}

	/** How many of the last words form a legal form, longest first, leaving at least one word; 0 when none do. */
	private static int trailingLegalForm(List<String> tokens) {
		if (!VOCABULARY.legalFormLastWords.contains(tokens.get(tokens.size() - 1))) {
			return 0;
		}
		for (int n = Math.min(VOCABULARY.longestLegalForm, tokens.size() - 1); n >= 1; n--) {
			String form = n == 1 ? tokens.get(tokens.size() - 1)
					: String.join(" ", tokens.subList(tokens.size() - n, tokens.size()));
			if (VOCABULARY.legalForms.contains(form)) {
				return n;
			}
		}
		return 0;
	}

	/**
	 * A last word that is a one-word legal form with one typing slip: any one slip in a form of six letters or more
	 * ({@code limiteed}, {@code compnay}); in a shorter form only two adjacent letters swapped, and only in a form
	 * without vowels ({@code gbmh}, {@code plcl}), because a slip in a short form with vowels is often a word of its
	 * own ({@code crop} for {@code corp}).
	 */
	static boolean isLegalFormWithSlip(String word) {
		if (word.length() < 4 || NormalizedName.hasDigit(word)) {
			return false;
		}
		for (String form : VOCABULARY.slipProneLegalForms.getOrDefault(word.charAt(0), List.of())) {
			if (Math.abs(form.length() - word.length()) > 1 || form.equals(word)) {
				continue;
			}
			if (form.length() >= 6 ? FuzzyNameRule.withinOneEdit(word, form)
					: word.length() == form.length() && !hasVowel(form) && !hasVowel(word)
							&& FuzzyNameRule.withinOneEdit(word, form)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasVowel(String word) {
		for (int i = 0; i < word.length(); i++) {
			if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** {@code store no 12} -> {@code store 12} -> {@code 12} after a first word: the number is what counts. */
	private static void dropNumberWords(List<String> tokens) {
		for (int i = tokens.size() - 2; i >= 1; i--) {
			if (VOCABULARY.numberWords.contains(tokens.get(i)) && NormalizedName.hasDigit(tokens.get(i + 1))) {
				tokens.remove(i);
			}
		}
	}

	/**
	 * German umlauts and sharp s as Germans write them without the letters, other Latin accents dropped; letters of
	 * other scripts ({@code Україна}) and their marks kept as they are.
	 */
	static String transliterate(String text) {
		if (isAscii(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 4);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\u00e4' -> out.append("ae");
				case '\u00f6' -> out.append("oe");
				case '\u00fc' -> out.append("ue");
				case '\u00c4' -> out.append("Ae");
				case '\u00d6' -> out.append("Oe");
				case '\u00dc' -> out.append("Ue");
				case '\u00df' -> out.append("ss");
				case '\u00e6' -> out.append("ae");
				case '\u00c6' -> out.append("Ae");
				case '\u0153' -> out.append("oe");
				case '\u0152' -> out.append("Oe");
				case '\u00f8' -> out.append('o');
				case '\u00d8' -> out.append('O');
				case '\u0142' -> out.append('l');
				case '\u0141' -> out.append('L');
				case '\u0111' -> out.append('d');
				case '\u0110' -> out.append('D');
				case '\u0131' -> out.append('i');
				default -> out.append(c);
			}
		}
		String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
		StringBuilder kept = new StringBuilder(decomposed.length());
		boolean afterLatin = false;
		for (int i = 0; i < decomposed.length();) {
			int cp = decomposed.codePointAt(i);
			i += Character.charCount(cp);
			int type = Character.getType(cp);
			boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK;
			if (!mark) {
				afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
			}
			if (!mark || !afterLatin) {
				kept.appendCodePoint(cp);
			}
		}
		return Normalizer.normalize(kept, Normalizer.Form.NFC);
	}

	/** Umlauts as one character each: a decomposed {@code u} + diaeresis would otherwise lose its dots unseen. */
	private static String composed(String name) {
		return name == null || isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	private static boolean hasUmlaut(String text) {
		if (text == null || isAscii(text)) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (UMLAUTS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Umlauts written with their bare vowels, as people do who drop the dots ({@code Böhm} as {@code Bohm}). */
	private static String withoutDots(String text) {
		StringBuilder out = new StringBuilder(text);
		for (int i = 0; i < out.length(); i++) {
			int umlaut = UMLAUTS.indexOf(out.charAt(i));
			if (umlaut >= 0) {
				out.setCharAt(i, BARE_VOWELS.charAt(umlaut));
			}
		}
		return out.toString();
	}

	/** How the vocabulary's written forms are read: as names are, and for umlauts also without the dots. */
	private static List<List<String>> readings(String written) {
		String text = composed(written);
		List<String> asWritten = rawWords(text);
		if (!hasUmlaut(text)) {
			return List.of(asWritten);
		}
		return List.of(asWritten, rawWords(withoutDots(text)));
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	/** The canonical region of a text that is only a region tag ({@code (GB)} -> {@code uk}), else null. */
	private static String regionTag(String text) {
		if (text.length() > 12) {
			return null; // every tag is short: spares the full word split for most parts
		}
		List<String> words = rawWords(text);
		return words.size() == 1 ? VOCABULARY.regionTags.get(words.get(0)) : null;
	}

	/** A name that is a domain ({@code acme-dental.co.uk}) becomes the label it was registered under. */
	private static String undomain(String name) {
		if (name == null) {
			return "";
		}
		if (WebDomains.looksLikeDomain(name)) {
			String host = WebDomains.host(name);
			if (host != null) {
				return WebDomains.registeredLabel(host).replace('-', ' ');
			}
		}
		return name;
	}

}
