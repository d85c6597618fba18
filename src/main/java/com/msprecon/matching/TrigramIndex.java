package com.msprecon.matching;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Letter trigrams of the companies' compact names ({@code #ze}, {@code zep}, ... {@code ng#}), to find review
 * candidates for an account that shares no word with any company (R2: up to three candidates for every unmatched
 * account). It never decides a match. Each lookup reads at most {@link #SCAN_BUDGET} postings, the account's
 * rarest trigrams first, so its cost does not grow with the number of companies.
 */
final class TrigramIndex {

	/** Postings read per lookup at most: rare trigrams say more about a name and cost less. */
	static final int SCAN_BUDGET = 1024;

	// a-z, 0-9, and one symbol for everything else (the ends of the name, "-")
	private static final int SYMBOLS = 37;

	private static final int GRAMS = SYMBOLS * SYMBOLS * SYMBOLS;

	/** Companies of gram g are {@code postings[offsets[g]] .. postings[offsets[g + 1] - 1]}, ascending. */
	private final int[] offsets = new int[GRAMS + 1];

	private final int[] postings;

	TrigramIndex(NormalizedName[] names) {
		for (NormalizedName name : names) {
			for (int gram : grams(name.compactKey())) {
				offsets[gram + 1]++;
			}
		}
		for (int g = 0; g < GRAMS; g++) {
			offsets[g + 1] += offsets[g];
		}
		postings = new int[offsets[GRAMS]];
		int[] next = Arrays.copyOf(offsets, GRAMS);
		for (int company = 0; company < names.length; company++) {
			for (int gram : grams(names[company].compactKey())) {
				postings[next[gram]++] = company;
			}
		}
	}

	/**
	 * Up to {@code limit} companies sharing the most trigrams with {@code compactKey} (ties: lower index first),
	 * leaving out those {@code skip} accepts.
	 */
	int[] nearest(String compactKey, int limit, IntPredicate skip) {
		int[] grams = grams(compactKey);
		if (grams.length == 0) {
			return new int[0];
		}
		// rarest first, as (postings << 21 | gram) so that one sort orders them
		long[] order = new long[grams.length];
		for (int i = 0; i < grams.length; i++) {
			order[i] = ((long) (offsets[grams[i] + 1] - offsets[grams[i]]) << 21) | grams[i];
		}
		Arrays.sort(order);
		Counts counts = new Counts();
		int budget = SCAN_BUDGET;
		for (long entry : order) {
			int gram = (int) (entry & 0x1FFFFF);
			int size = offsets[gram + 1] - offsets[gram];
			if (size > budget && budget < SCAN_BUDGET) {
				break; // the rest are commoner still; only the rarest gram may be read in part
			}
			int end = offsets[gram] + Math.min(size, budget);
			for (int p = offsets[gram]; p < end; p++) {
				counts.increment(postings[p]);
			}
			budget -= end - offsets[gram];
			if (budget == 0) {
				break;
			}
		}
		return counts.top(limit, skip);
	}

	/** The distinct trigrams of a compact key with its ends marked, as numbers below {@link #GRAMS}. */
	static int[] grams(String compactKey) {
		if (compactKey.isEmpty()) {
			return new int[0];
		}
		int n = compactKey.length();
		int[] grams = new int[n];
		int previous = SYMBOLS - 1;
		int current = symbol(compactKey.charAt(0));
		for (int i = 0; i < n; i++) {
			int following = i + 1 < n ? symbol(compactKey.charAt(i + 1)) : SYMBOLS - 1;
			grams[i] = (previous * SYMBOLS + current) * SYMBOLS + following;
			previous = current;
			current = following;
		}
		Arrays.sort(grams);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (distinct == 0 || grams[distinct - 1] != grams[i]) {
				grams[distinct++] = grams[i];
			}
		}
		return Arrays.copyOf(grams, distinct);
	}

	private static int symbol(char c) {
		return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : SYMBOLS - 1;
	}

	/** Shared-trigram counts per company: an open-addressing table sized for one lookup's budget. */
	private static final class Counts {

		private static final int CAPACITY = Integer.highestOneBit(SCAN_BUDGET) * 2;

		private final int[] companies = new int[CAPACITY];

		private final int[] counts = new int[CAPACITY];

		void increment(int company) {
			int slot = (company * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(CAPACITY));
			while (counts[slot] != 0 && companies[slot] != company) {
				slot = (slot + 1) & (CAPACITY - 1);
			}
			companies[slot] = company;
			counts[slot]++;
		}

		/** The {@code limit} companies with the highest counts, highest first, ties by lower index. */
		int[] top(int limit, IntPredicate skip) {
			int[] best = new int[limit];
			int[] bestCount = new int[limit];
			int size = 0;
			for (int slot = 0; slot < CAPACITY; slot++) {
				int count = counts[slot];
				if (count == 0 || (size == limit && count < bestCount[limit - 1])) {
					continue;
				}
				int company = companies[slot];
				int at = size;
				while (at > 0 && (bestCount[at - 1] < count || (bestCount[at - 1] == count && best[at - 1] > company))) {
					at--;
				}
				if (at < limit && !skip.test(company)) {
					int moved = Math.min(size, limit - 1) - at;
					System.arraycopy(best, at, best, at + 1, moved);
					System.arraycopy(bestCount, at, bestCount, at + 1, moved);
					best[at] = company;
					bestCount[at] = count;
					size = Math.min(size + 1, limit);
				}
			}
			return Arrays.copyOf(best, size);
		}

	}

}
