package com.msprecon.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces company and account names to comparable forms (R3): case, accents and German transliteration,
 * punctuation and spacing, {@code &}/and, legal suffixes, a leading "the", common abbreviations, words run
 * together, region tags, and a domain used as a name. Stateless and thread-safe.
 */
public final class NameNormalizer {

	/** Legal forms of the US, UK, EU and AU (and a few more); removed only at the end of a name. */
	static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "llc", "lc", "ltd", "limited", "corp",
			"corporation", "co", "company", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "ev", "pty", "plc", "llp", "lp",
			"pc", "pllc", "pa", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "sl", "sau",
			"pte", "bhd", "sdn", "kk");

	/** Region or tenant tags MSPs put around a name ({@code Acme (UK)}, {@code Acme - US}). */
	static final Set<String> REGION_TAGS = Set.of("uk", "us", "usa", "au", "nz", "eu", "emea", "apac", "ca", "de",
			"ie", "gb", "na", "latam", "anz", "amer", "europe", "americas");

	/** Region tags that name the same region; the others stand for themselves. */
	private static final Map<String, String> REGION_SYNONYMS = Map.of("gb", "uk", "usa", "us", "europe", "eu",
			"americas", "amer");

	/** Abbreviations mapped to one spelling, so that {@code Intl} and {@code International} compare equal. */
	static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("intl", "international"),
			Map.entry("mfg", "manufacturing"), Map.entry("svcs", "services"), Map.entry("svc", "services"),
			Map.entry("srvcs", "services"), Map.entry("assoc", "associates"), Map.entry("assocs", "associates"),
			Map.entry("assn", "association"), Map.entry("dept", "department"), Map.entry("ctr", "center"),
			Map.entry("cntr", "center"), Map.entry("centre", "center"), Map.entry("ctrs", "centers"),
			Map.entry("centres", "centers"), Map.entry("st", "saint"), Map.entry("mt", "mount"),
			Map.entry("bros", "brothers"), Map.entry("mgmt", "management"), Map.entry("mgt", "management"),
			Map.entry("tech", "technology"), Map.entry("techs", "technology"), Map.entry("technologies", "technology"),
			Map.entry("sys", "systems"), Map.entry("grp", "group"), Map.entry("natl", "national"),
			Map.entry("univ", "university"), Map.entry("med", "medical"), Map.entry("hosp", "hospital"),
			Map.entry("dist", "district"), Map.entry("eng", "engineering"), Map.entry("engr", "engineering"),
			Map.entry("bldg", "building"), Map.entry("mktg", "marketing"), Map.entry("acctg", "accounting"),
			Map.entry("ins", "insurance"), Map.entry("hlth", "health"), Map.entry("props", "properties"),
			Map.entry("solns", "solutions"), Map.entry("labs", "laboratories"), Map.entry("lab", "laboratory"));

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]");

	// " - ", " | ", ": ", " / " and dashes: where MSPs glue their own tag or a region onto a name
	private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|/]\\s+|\\s*[|:]\\s*|\\s+[\u2013\u2014]|[\u2013\u2014]\\s+");

	private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");

	private static final String UMLAUTS = "\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc";

	private static final String BARE_VOWELS = "aouAOU";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	// "1,000" and "1,250,000": a comma before groups of exactly three digits groups thousands, so it joins them;
	// any other punctuation between digits ("24/7", "1-2", "2.0", "1,00") separates numbers (R3: numbers count)
	private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d]|[.,]\\d)");

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
			return NormalizedName.of(significant(words(text), regions), regions);
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
		return NormalizedName.of(significant(words(String.join(" ", parts)), regions), regions);
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
				NormalizedName normalized = NormalizedName.of(significant(words(part), new ArrayList<>()));
				if (!normalized.isEmpty()) {
					parts.add(normalized);
				}
			}
		}
		return parts.size() >= 2 ? parts : List.of();
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

	/** Lower-case ASCII words with abbreviations expanded; no words are dropped yet. */
	static List<String> words(String text) {
		String s = CAMEL_HUMP.matcher(transliterate(text)).replaceAll(" ");
		s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ").replace("'", "").replace("\u2019", "");
		if (s.indexOf(',') >= 0) {
			s = THOUSANDS.matcher(s).replaceAll(match -> match.group().replace(",", ""));
		}
		s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").trim();
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
			words.add(ABBREVIATIONS.getOrDefault(word, word));
		}
		flushInitials(initials, words);
		return words;
	}

	private static void flushInitials(StringBuilder initials, List<String> words) {
		if (initials.length() > 0) {
			String word = initials.toString();
			words.add(ABBREVIATIONS.getOrDefault(word, word));
			initials.setLength(0);
		}
	}

	/**
	 * Drops what does not identify the company: a leading "the", trailing legal forms, region tags, "and"; the
	 * region tags dropped are added to {@code regions}.
	 */
	static List<String> significant(List<String> words, List<String> regions) {
		List<String> tokens = new ArrayList<>(words);
		if (tokens.size() > 1 && tokens.get(0).equals("the")) {
			tokens.remove(0);
		}
		while (tokens.size() > 1) {
			String last = tokens.get(tokens.size() - 1);
			if (REGION_TAGS.contains(last)) {
				regions.add(REGION_SYNONYMS.getOrDefault(last, last));
				tokens.remove(tokens.size() - 1);
			}
			else if (LEGAL_SUFFIXES.contains(last) || last.equals("and")) {
				tokens.remove(tokens.size() - 1);
			}
			else {
				break;
			}
		}
		return tokens;
	}

	/** German umlauts and sharp s as Germans write them without the letters, then other accents dropped. */
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
				default -> out.append(c);
			}
		}
		return MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFD)).replaceAll("");
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
		List<String> words = words(text);
		return words.size() == 1 && REGION_TAGS.contains(words.get(0))
				? REGION_SYNONYMS.getOrDefault(words.get(0), words.get(0)) : null;
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
