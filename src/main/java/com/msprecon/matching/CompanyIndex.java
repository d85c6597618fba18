package com.msprecon.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies, normalized once, with inverted indexes that find the few companies worth comparing with an
 * account, so matching costs about the number of accounts plus companies rather than their product.
 */
final class CompanyIndex {

	private static final int[] NONE = new int[0];

	/** Words or masked names shared by more companies than this are too common to list companies for review. */
	static final int REVIEW_POSTING_LIMIT = 64;

	final CompanyCandidate[] companies;

	final NormalizedName[] names;

	/** Registrable domains of each company's websites, shared platforms left out: what a vendor domain is compared with. */
	final String[][] domains;

	private final Map<String, int[]> byDomain;

	private final Map<String, int[]> byCompactKey;

	/** Names with umlauts under their compact key without the dots ({@code mullerbau} for {@code Müller Bau}). */
	private final Map<String, int[]> byWithoutDotsKey;

	private final Map<String, int[]> byToken;

	/**
	 * Names of two words or more whose last word is short ({@code acme dental xyz}), under the compact key of the
	 * words before it ({@code acmedental}): a short last word may be a legal form the vocabulary does not know, so
	 * such a company may be another record of a company named without it.
	 */
	private final Map<String, int[]> byNameBeforeShortLastWord;

	/** One-word names under the word and each of its one-letter deletions: finds one-edit typos losslessly. */
	private final Map<String, int[]> singleWordsByDeletion;

	/**
	 * Names of several words under each form with one word masked but its initial kept ({@code acme _ p}): every
	 * company the typo rule can accept shares such a key with the account, and few others do.
	 */
	private final Map<String, int[]> byMaskedWordAndInitial;

	/** The same without the initial, kept only where few companies share it: finds near-namesakes for review. */
	private final Map<String, int[]> byMaskedWord;

	/** Letter trigrams of the compact names: review candidates for accounts that share no word with a company. */
	final TrigramIndex trigrams;

	CompanyIndex(Collection<CompanyCandidate> candidates) {
		companies = candidates.toArray(CompanyCandidate[]::new);
		int n = companies.length;
		names = new NormalizedName[n];
		domains = new String[n][];
		Map<String, IntList> domain = new HashMap<>();
		Map<String, IntList> beforeShortWord = new HashMap<>();
		Map<String, IntList> compact = new HashMap<>();
		Map<String, IntList> withoutDots = new HashMap<>();
		Map<String, IntList> token = new HashMap<>();
		Map<String, IntList> deletion = new HashMap<>();
		Map<String, IntList> maskedWithInitial = new HashMap<>();
		Map<String, IntList> masked = new HashMap<>();
		for (int i = 0; i < n; i++) {
			names[i] = NameNormalizer.normalize(companies[i].name());
			// every site of the field ("acme.com, acme-group.com"), by registrable domain
			domains[i] = WebDomains.hosts(companies[i].website()).stream()
				.filter(h -> !WebDomains.isSharedPlatform(h))
				.map(WebDomains::registrable)
				.distinct()
				.toArray(String[]::new);
			for (String registrable : domains[i]) {
				add(domain, registrable, i);
			}
			if (names[i].isEmpty()) {
				continue;
			}
			add(compact, names[i].compactKey(), i);
			if (!names[i].literalKey().equals(names[i].compactKey())) {
				add(compact, names[i].literalKey(), i);
			}
			if (!names[i].withoutDotsKey().equals(names[i].compactKey())) {
				add(withoutDots, names[i].withoutDotsKey(), i);
			}
			List<String> tokens = names[i].tokens();
			String lastWord = tokens.get(tokens.size() - 1);
			if (tokens.size() >= 2 && lastWord.length() <= 4 && lastWord.chars().allMatch(Character::isLetter)) {
				add(beforeShortWord, NormalizedName.compact(tokens.subList(0, tokens.size() - 1), false), i);
			}
			for (int t = 0; t < tokens.size(); t++) {
				if (tokens.indexOf(tokens.get(t)) == t) {
					add(token, tokens.get(t), i);
				}
			}
			if (tokens.size() == 1) {
				for (String key : deletionKeys(tokens.get(0))) {
					add(deletion, key, i);
				}
			}
			else {
				for (int t = 0; t < tokens.size(); t++) {
					if (mayHoldTypo(tokens.get(t))) {
						String key = maskedKey(tokens, t);
						add(maskedWithInitial, key + tokens.get(t).charAt(0), i);
						add(masked, key, i);
					}
				}
			}
		}
		masked.values().removeIf(companies -> companies.size() > REVIEW_POSTING_LIMIT);
		byDomain = freeze(domain);
		byCompactKey = freeze(compact);
		byWithoutDotsKey = freeze(withoutDots);
		byToken = freeze(token);
		byNameBeforeShortLastWord = freeze(beforeShortWord);
		singleWordsByDeletion = freeze(deletion);
		byMaskedWordAndInitial = freeze(maskedWithInitial);
		byMaskedWord = freeze(masked);
		trigrams = new TrigramIndex(names);
	}

	/** A word the typo rule may accept a slip in: letters only, long enough. */
	static boolean mayHoldTypo(String word) {
		return word.length() >= FuzzyNameRule.MIN_TYPO_WORD_LENGTH && !NormalizedName.hasDigit(word);
	}

	/** The words with the one at {@code position} replaced by a mask, e.g. {@code acme _|}. */
	static String maskedKey(List<String> tokens, int position) {
		StringBuilder key = new StringBuilder();
		for (int t = 0; t < tokens.size(); t++) {
			key.append(t == position ? "_" : tokens.get(t)).append(' ');
		}
		return key.append('|').toString();
	}

	/** Companies of as many words, equal except at {@code position}, whose word there starts like the account's. */
	int[] withOneWordDifferent(List<String> tokens, int position) {
		return byMaskedWordAndInitial.getOrDefault(maskedKey(tokens, position) + tokens.get(position).charAt(0), NONE);
	}

	/** Companies of as many words, equal except at {@code position}, when there are few of them. */
	int[] withOneWordDifferentForReview(List<String> tokens, int position) {
		return byMaskedWord.getOrDefault(maskedKey(tokens, position), NONE);
	}

	int size() {
		return companies.length;
	}

	/** Companies with a website under this registrable domain. */
	int[] withDomain(String domain) {
		return byDomain.getOrDefault(domain, NONE);
	}

	/** Companies whose compact or literal key this is. */
	int[] withCompactKey(String compactKey) {
		return byCompactKey.getOrDefault(compactKey, NONE);
	}

	/** Companies whose name is this compact key followed by one short word ({@code acme dental xyz}). */
	int[] withShortWordAfter(String compactKey) {
		return byNameBeforeShortLastWord.getOrDefault(compactKey, NONE);
	}

	/** True when the company has a website under one of these registrable domains. */
	boolean hasDomainIn(int company, List<String> registrable) {
		for (String domain : domains[company]) {
			if (registrable.contains(domain)) {
				return true;
			}
		}
		return false;
	}

	/** Companies whose name has umlauts and, written without their dots, has this compact key. */
	int[] withoutDots(String compactKey) {
		return byWithoutDotsKey.getOrDefault(compactKey, NONE);
	}

	int[] withToken(String token) {
		return byToken.getOrDefault(token, NONE);
	}

	boolean isKnownWord(String token) {
		return byToken.containsKey(token);
	}

	/** One-word company names within one edit of {@code word} (and some more, to be checked by the caller). */
	int[] singleWordsNear(String word) {
		IntList found = new IntList();
		for (String key : deletionKeys(word)) {
			found.addAll(singleWordsByDeletion.getOrDefault(key, NONE));
		}
		return found.toArray();
	}

	/** The word and every form of it with one letter deleted (for words long enough to be a typo). */
	private static List<String> deletionKeys(String word) {
		if (word.length() < FuzzyNameRule.MIN_SINGLE_WORD_LENGTH - 1) {
			return List.of(word);
		}
		String[] keys = new String[word.length() + 1];
		keys[0] = word;
		for (int i = 0; i < word.length(); i++) {
			keys[i + 1] = word.substring(0, i) + word.substring(i + 1);
		}
		return Arrays.asList(keys);
	}

	private static void add(Map<String, IntList> index, String key, int company) {
		index.computeIfAbsent(key, k -> new IntList()).add(company);
	}

	private static Map<String, int[]> freeze(Map<String, IntList> index) {
		Map<String, int[]> frozen = new HashMap<>(index.size() * 4 / 3 + 1);
		index.forEach((key, list) -> frozen.put(key, list.toArray()));
		return frozen;
	}

	/** A growable list of ints, to keep postings of 100k companies small. */
	static final class IntList {

		private int[] values = new int[2];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		void addAll(int[] more) {
			if (size + more.length > values.length) {
				values = Arrays.copyOf(values, Math.max(size * 2, size + more.length));
			}
			System.arraycopy(more, 0, values, size, more.length);
			size += more.length;
		}

		int size() {
			return size;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

		/** The distinct values, ascending. */
		int[] distinct() {
			int[] sorted = toArray();
			Arrays.sort(sorted);
			int unique = 0;
			for (int i = 0; i < sorted.length; i++) {
				if (unique == 0 || sorted[unique - 1] != sorted[i]) {
					sorted[unique++] = sorted[i];
				}
			}
			return Arrays.copyOf(sorted, unique);
		}

	}

}
