package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrigramIndexTests {

	private static NormalizedName[] names(String... names) {
		return java.util.Arrays.stream(names).map(NameNormalizer::normalize).toArray(NormalizedName[]::new);
	}

	@Test
	void findsTheNamesSharingMostTrigramsFirst() {
		TrigramIndex index = new TrigramIndex(names("Zefir Aerials", "Harbor Realty", "Aerial Works", "Zenith"));
		int[] nearest = index.nearest(NameNormalizer.normalize("Zephyr Aerial Imaging").compactKey(), 3, c -> false);
		// "zefiraerials" shares #ze rae aer eri ria ial, "aerialworks" aer eri ria ial, "zenith" #ze
		assertThat(nearest).containsExactly(0, 2, 3);
	}

	@Test
	void leavesOutSkippedCompaniesAndNamesWithNothingInCommon() {
		TrigramIndex index = new TrigramIndex(names("Zefir Aerials", "Aerial Works", "Quokka"));
		assertThat(index.nearest("zephyraerialimaging", 8, c -> c == 1)).containsExactly(0);
		assertThat(index.nearest("xxxx", 8, c -> false)).isEmpty();
		assertThat(index.nearest("", 8, c -> false)).isEmpty();
	}

	@Test
	void readsAtMostItsBudgetWhenEveryTrigramIsCommon() {
		// 3 x the budget companies share every trigram of "acme": the lookup still answers, from a bounded read
		int many = TrigramIndex.SCAN_BUDGET * 3;
		NormalizedName[] names = IntStream.range(0, many).mapToObj(i -> NameNormalizer.normalize("Acme " + i))
			.toArray(NormalizedName[]::new);
		int[] nearest = new TrigramIndex(names).nearest("acme", 3, c -> false);
		assertThat(nearest).hasSize(3);
		assertThat(IntStream.of(nearest).max().getAsInt()).isLessThan(TrigramIndex.SCAN_BUDGET);
	}

	@Test
	void trigramsMarkTheEndsOfTheName() {
		assertThat(TrigramIndex.grams("ab")).hasSize(2);
		assertThat(TrigramIndex.grams("a")).hasSize(1);
		assertThat(TrigramIndex.grams("aaaa")).hasSize(3);
	}

}
