package com.msprecon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words the normalizer and the matcher know (R3), read once from the data files in
 * {@code src/main/resources/matching/}: legal forms per country, abbreviations, region tags, entity words, number
 * words and shared hosting platforms. Each file names its source in a {@code Source:} header line; a file without
 * one, or a line that does not parse, fails loading with the file, line and reason.
 */
final class Vocabulary {

	static final String DIRECTORY = "/matching/";

	static final List<String> FILES = List.of("legal-forms.txt", "abbreviations.txt", "region-tags.txt",
			"entity-words.txt", "number-words.txt", "shared-platforms.txt");

	/** Legal forms as the normalizer reads them: their words joined by one space ({@code sp zoo}, {@code gmbh}). */
	final Set<String> legalForms;

	/** The most words any legal form has. */
	final int longestLegalForm;

	/** The last word of every legal form: a name whose last word is not one of these ends in no form. */
	final Set<String> legalFormLastWords;

	/**
	 * One-word legal forms of four letters or more, in which a typing slip still reads as the form ({@code GbmH}),
	 * by their first letter (a slip in the first letter is not taken, as in the typo rule).
	 */
	final Map<Character, List<String>> slipProneLegalForms;

	/** Each variant word and its canonical word ({@code intl} -> {@code international}, {@code saint} -> {@code st}). */
	final Map<String, String> canonicalWords;

	/** Each region tag and its canonical tag ({@code gb} -> {@code uk}). */
	final Map<String, String> regionTags;

	final Set<String> entityWords;

	final Set<String> numberWords;

	/** Hosts (and host suffixes) shared by unrelated customers, lower case. */
	final Set<String> sharedPlatforms;

	private Vocabulary(Set<String> legalForms, Map<String, String> canonicalWords, Map<String, String> regionTags,
			Set<String> entityWords, Set<String> numberWords, List<String> sharedPlatforms) {
		this.legalForms = Set.copyOf(legalForms);
		this.longestLegalForm = legalForms.stream().mapToInt(form -> form.split(" ").length).max().orElse(0);
		this.legalFormLastWords = legalForms.stream().map(form -> form.substring(form.lastIndexOf(' ') + 1))
			.collect(Collectors.toUnmodifiableSet());
		this.slipProneLegalForms = legalForms.stream()
			.filter(form -> form.indexOf(' ') < 0 && form.length() >= 4 && form.chars().allMatch(Character::isLetter))
			.sorted()
			.collect(Collectors.groupingBy(form -> form.charAt(0),
					Collectors.toUnmodifiableList()));
		this.canonicalWords = Map.copyOf(canonicalWords);
		this.regionTags = Map.copyOf(regionTags);
		this.entityWords = Set.copyOf(entityWords);
		this.numberWords = Set.copyOf(numberWords);
		this.sharedPlatforms = Set.copyOf(sharedPlatforms);
	}

	/**
	 * Reads the data files.
	 * @param readings the ways the normalizer reads a written form as words (as written, and for forms with umlauts
	 * also without the dots), so that a form compares exactly as a name's last words do
	 */
	static Vocabulary load(Function<String, List<List<String>>> readings) {
		Set<String> legalForms = new LinkedHashSet<>();
		for (Line line : lines("legal-forms.txt")) {
			String[] fields = line.text().split("\\|");
			if (fields.length < 2) {
				throw line.invalid("expected \"Country | form | form ...\"");
			}
			for (int i = 1; i < fields.length; i++) {
				String form = fields[i].trim();
				if (form.isEmpty()) {
					throw line.invalid("empty legal form in field " + (i + 1));
				}
				for (List<String> words : readings.apply(form)) {
					if (!words.isEmpty()) {
						legalForms.add(String.join(" ", words));
					}
				}
			}
		}
		Map<String, String> canonicalWords = groups("abbreviations.txt");
		Map<String, String> regionTags = groups("region-tags.txt");
		Set<String> entityWords = new HashSet<>();
		for (Line line : lines("entity-words.txt")) {
			entityWords.add(single(line));
		}
		Set<String> numberWords = new HashSet<>();
		for (Line line : lines("number-words.txt")) {
			numberWords.add(single(line));
		}
		List<String> platforms = new ArrayList<>();
		for (Line line : lines("shared-platforms.txt")) {
			String host = single(line);
			if (host.indexOf('.') < 0) {
				throw line.invalid("a host has a dot: " + host);
			}
			platforms.add(host);
		}
		return new Vocabulary(legalForms, canonicalWords, regionTags, entityWords, numberWords, platforms);
	}

	/** Lines "canonical: variant, variant": every word of a line read as its canonical word. */
	private static Map<String, String> groups(String file) {
		Map<String, String> canonical = new HashMap<>();
		for (Line line : lines(file)) {
			int colon = line.text().indexOf(':');
			if (colon <= 0) {
				throw line.invalid("expected \"canonical: variant, ...\"");
			}
			String word = line.text().substring(0, colon).trim();
			canonical.put(word, word);
			for (String variant : line.text().substring(colon + 1).split(",")) {
				String v = variant.trim().replace("'", "");
				if (!v.isEmpty() && canonical.put(v, word) != null && !canonical.get(v).equals(word)) {
					throw line.invalid("\"" + v + "\" is already a variant of another word");
				}
			}
		}
		return canonical;
	}

	private static String single(Line line) {
		String word = line.text().trim();
		if (word.contains(" ") || word.contains(",")) {
			throw line.invalid("one word or host per line");
		}
		return word;
	}

	/** The data lines of a file (no comments, no blank lines); the file must name its source. */
	static List<Line> lines(String file) {
		try (InputStream in = Vocabulary.class.getResourceAsStream(DIRECTORY + file)) {
			if (in == null) {
				throw new IllegalStateException("matching vocabulary file " + DIRECTORY + file + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<Line> lines = new ArrayList<>();
			boolean sourced = false;
			int number = 0;
			for (String text; (text = reader.readLine()) != null;) {
				number++;
				String trimmed = text.strip();
				if (trimmed.startsWith("#")) {
					sourced |= trimmed.startsWith("# Source:");
				}
				else if (!trimmed.isEmpty()) {
					lines.add(new Line(file, number, trimmed));
				}
			}
			if (!sourced) {
				throw new IllegalStateException(DIRECTORY + file + ": no \"# Source:\" line names where its words come from");
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(DIRECTORY + file, ex);
		}
	}

	/** One data line of a vocabulary file. */
	record Line(String file, int number, String text) {

		IllegalStateException invalid(String reason) {
			return new IllegalStateException("%s%s line %d: %s: %s".formatted(DIRECTORY, file, number, reason, text));
		}

	}

}
