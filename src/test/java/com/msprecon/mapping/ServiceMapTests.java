package com.msprecon.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §2.3 / R4: the service map looks a package up by bracketed id, then by name, trimmed, case-insensitively. */
class ServiceMapTests {

	private static ServiceMapEntry row(String pkg, String product, String price, long line) {
		boolean ignored = product.equalsIgnoreCase("IGNORE");
		return new ServiceMapEntry(pkg, ignored ? null : product, ignored, price == null ? null : new BigDecimal(price),
				null, line);
	}

	private static final ServiceMap MAP = new ServiceMap(List.of(row("1001", "EMAIL-SEC", "3.00", 2),
			row("Email Security Cloud Gateway", "GATEWAY-BY-NAME", null, 3), row(" Archive Plus ", "ARCHIVE", null, 4),
			row("1004", "AWARE", null, 5), row("1004", "SAT", "1.25", 6), row("1005", "IGNORE", null, 7),
			row("1006", "email-sec", "9.99", 8)));

	private static List<Long> lookupLines(String pkg) {
		return MAP.lookup(pkg).orElseThrow().stream().map(ServiceMapEntry::line).toList();
	}

	@ParameterizedTest(name = "package ''{0}'' -> service map line {1}")
	@CsvSource({ "Email Security Cloud Gateway [1001], 2", "Whatever the name [1001], 2", "'  Other [1001]  ', 2",
			"[1001], 2", "1001, 2", "Email Security Cloud Gateway [9999], 3", "Email Security Cloud Gateway, 3",
			"EMAIL SECURITY CLOUD GATEWAY, 3", "'  email security cloud gateway  ', 3", "archive plus, 4",
			"Archive Plus [77], 4", "Archive Plus[77], 4" })
	void looksUpByBracketedIdThenByNameTrimmedAndCaseInsensitively(String pkg, long line) {
		assertThat(lookupLines(pkg)).containsExactly(line);
	}

	@ParameterizedTest(name = "package ''{0}'' is not in the map")
	@ValueSource(strings = { "Unknown [9999]", "Unknown", "Email Security", "[1001", "Archive Plus [1001] extra" })
	void unknownPackageIsEmpty(String pkg) {
		assertThat(MAP.lookup(pkg)).isEmpty();
	}

	@Test
	void onePackageToSeveralProductsReturnsAllRowsInFileOrder() {
		assertThat(lookupLines("Awareness [1004]")).containsExactly(5L, 6L);
		assertThat(ServiceMap.products(MAP.lookup("[1004]").orElseThrow())).containsExactly("AWARE", "SAT");
	}

	@Test
	void ignoredPackageIsFoundButHasNoProduct() {
		assertThat(MAP.lookup("Legacy [1005]")).get().satisfies(rows -> {
			assertThat(rows).singleElement().satisfies(r -> assertThat(r.ignored()).isTrue());
			assertThat(ServiceMap.products(rows)).isEmpty();
		});
		assertThat(MAP.isMappedProduct("IGNORE")).isFalse();
	}

	@ParameterizedTest(name = "product ''{0}'' is reconciled as {1}")
	@CsvSource({ "EMAIL-SEC, EMAIL-SEC", "email-sec, EMAIL-SEC", "' Email-Sec ', EMAIL-SEC", "sat, SAT",
			"archive, ARCHIVE" })
	void productIdentifiersAreCaseInsensitiveAndReportedInTheMapsFirstSpelling(String product, String canonical) {
		assertThat(MAP.isMappedProduct(product)).isTrue();
		assertThat(MAP.canonicalProduct(product)).isEqualTo(canonical);
	}

	@Test
	void productNotInTheMapIsNotReconciled() {
		assertThat(MAP.isMappedProduct("CONSULTING")).isFalse();
		assertThat(MAP.canonicalProduct("CONSULTING")).isNull();
		assertThat(MAP.unitPrice("CONSULTING")).isNull();
	}

	@Test
	void unitPriceIsTheFirstGivenForTheProductInFileOrder() {
		assertThat(MAP.unitPrice("email-sec")).isEqualByComparingTo("3.00");
		assertThat(MAP.unitPrice("SAT")).isEqualByComparingTo("1.25");
		assertThat(MAP.unitPrice("AWARE")).isNull();
	}

	@Test
	void aLaterRowPricesAProductTheFirstRowLeftUnpriced() {
		ServiceMap map = new ServiceMap(List.of(row("1", "P", null, 2), row("2", "p", "4.00", 3)));

		assertThat(map.unitPrice("P")).isEqualByComparingTo("4.00");
	}

}
