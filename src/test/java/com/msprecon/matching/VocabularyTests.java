package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the matching vocabulary files does what its file says (R3), one test per kind of entry. */
class VocabularyTests {

	private static final String BARE = "Nordwind Logistik";

	static Stream<Arguments> legalForms() {
		return formsByCountry().flatMap(country -> country.forms().stream().map(form -> Arguments.of(country.country(), form)));
	}

	static Stream<Arguments> countriesWithTwoSpellings() {
		return formsByCountry().filter(country -> country.forms().size() >= 2)
			.flatMap(country -> country.forms().stream().skip(1).map(other -> Arguments.of(country.country(), country.forms().get(0), other)));
	}

	@ParameterizedTest(name = "[{index}] {0}: \"" + BARE + " {1}\"")
	@MethodSource("legalForms")
	void everyLegalFormEqualsTheBareName(String country, String form) {
		assertThat(NameNormalizer.normalize(BARE + " " + form).key()).as(country + " " + form).isEqualTo("nordwind logistik");
		assertThat(NameNormalizer.normalize(BARE + ", " + form.toUpperCase(java.util.Locale.ROOT)).key()).isEqualTo("nordwind logistik");
	}

	@ParameterizedTest(name = "[{index}] {0}: {1} and {2}")
	@MethodSource("countriesWithTwoSpellings")
	void twoSpellingsOfOneCompanysFormStayAmbiguous(String country, String one, String other) {
		SafeAccountMatcher matcher = SafeAccountMatcher.over(List.of(new CompanyCandidate("1", BARE + " " + one, null),
				new CompanyCandidate("2", BARE + " " + other, null)));
		MatchResult result = matcher.match(new AccountToMatch("A", BARE, List.of()));
		assertThat(result.isMatched()).as(result.reason()).isFalse();
		assertThat(result.candidates()).extracting(Candidate::companyId).containsExactlyInAnyOrder("1", "2");
		assertThat(result.candidates()).allSatisfy(candidate -> assertThat(candidate.score()).isEqualTo(1.0));
	}

	@Test
	void aLegalFormAloneIsKeptAsTheName() {
		assertThat(NameNormalizer.normalize("Aktiengesellschaft").key()).isEqualTo("aktiengesellschaft");
		assertThat(NameNormalizer.normalize("Sp. z o.o.").key()).isEqualTo("sp zoo");
	}

	@Test
	void typingSlipsInsideALegalFormCountAsTheForm() {
		assertThat(NameNormalizer.normalize("Nordwind GbmH").key()).isEqualTo("nordwind");
		assertThat(NameNormalizer.normalize("Nordwind Pty Limiteed").key()).isEqualTo("nordwind");
		assertThat(NameNormalizer.normalize("Nordwind Compnay").key()).isEqualTo("nordwind");
		// a slip in a short form with vowels is often a word of its own
		assertThat(NameNormalizer.normalize("Valley Crop").key()).isEqualTo("valley crop");
		assertThat(NameNormalizer.normalize("Acme Core").key()).isEqualTo("acme core");
	}

	@ParameterizedTest(name = "[{index}] {0} = {1}")
	@MethodSource("abbreviations")
	void everyAbbreviationIsReadAsItsWord(String variant, String canonical) {
		assertThat(NameNormalizer.normalize("Summit " + variant + " Partners").compactKey())
			.isEqualTo(NameNormalizer.normalize("Summit " + canonical + " Partners").compactKey());
		assertThat(NameNormalizer.normalize("Summit " + variant + " Partners").key()).isEqualTo("summit " + canonical + " partners");
	}

	static Stream<Arguments> abbreviations() {
		return groups("abbreviations.txt");
	}

	@ParameterizedTest(name = "[{index}] {0} = {1}")
	@MethodSource("regionTags")
	void everyRegionTagIsKeptAsideAsItsRegion(String tag, String canonical) {
		NormalizedName name = NameNormalizer.normalize("Zenith Labs (" + tag.toUpperCase(java.util.Locale.ROOT) + ")");
		assertThat(name.key()).isEqualTo("zenith laboratories");
		assertThat(name.regions()).containsExactly(canonical);
	}

	static Stream<Arguments> regionTags() {
		return groups("region-tags.txt");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("numberWords")
	void everyNumberWordBeforeANumberIsIgnoredButTheNumberCounts(String word) {
		assertThat(NameNormalizer.normalize("Bayside Pharmacy " + word + " 12").compactKey())
			.isEqualTo(NameNormalizer.normalize("Bayside Pharmacy #12").compactKey())
			.isNotEqualTo(NameNormalizer.normalize("Bayside Pharmacy " + word + " 13").compactKey());
		assertThat(NameNormalizer.normalize(word + " 12").tokens()).hasSize(2);
	}

	static Stream<String> numberWords() {
		return Vocabulary.lines("number-words.txt").stream().map(Vocabulary.Line::text);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("entityWords")
	void everyEntityWordSendsASharedDomainToReview(String word) {
		SafeAccountMatcher matcher = SafeAccountMatcher.over(List.of(new CompanyCandidate("1", "Harbor Dental LLC", "harbordental.com")));
		MatchResult result = matcher.match(new AccountToMatch("A", "Harbor Dental " + word, List.of("harbordental.com")));
		assertThat(result.isMatched()).as(result.reason()).isFalse();
		assertThat(result.reason()).contains("\"" + word + "\"");
		assertThat(result.candidates()).first().extracting(Candidate::companyId).isEqualTo("1");
	}

	static Stream<String> entityWords() {
		return Vocabulary.lines("entity-words.txt").stream().map(Vocabulary.Line::text);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("sharedPlatforms")
	void aSharedPlatformNeverDecides(String platform) {
		String site = "acmedental." + platform;
		SafeAccountMatcher matcher = SafeAccountMatcher.over(List.of(new CompanyCandidate("1", "Acme Dental", site),
				new CompanyCandidate("2", "Bayside Clinic", platform)));
		assertThat(WebDomains.isSharedPlatform(site)).isTrue();
		assertThat(matcher.match(new AccountToMatch("A", "Lakeview Books", List.of(site))).isMatched()).isFalse();
		assertThat(matcher.match(new AccountToMatch("A", "Lakeview Books", List.of(platform))).isMatched()).isFalse();
		// and never speaks against the name
		assertThat(matcher.match(new AccountToMatch("A", "Bayside Clinic", List.of("bayside-clinic.com"))).companyId()).isEqualTo("2");
	}

	static Stream<String> sharedPlatforms() {
		return Vocabulary.lines("shared-platforms.txt").stream().map(Vocabulary.Line::text);
	}

	@Test
	void everyFileNamesItsSource() throws IOException {
		for (String file : Vocabulary.FILES) {
			try (InputStream in = VocabularyTests.class.getResourceAsStream(Vocabulary.DIRECTORY + file)) {
				assertThat(in).as(file).isNotNull();
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				assertThat(text).as(file).containsPattern("(?m)^# Source: \\S+");
				assertThat(Vocabulary.lines(file)).as(file).isNotEmpty();
			}
		}
	}

	@Test
	void theLegalFormsCoverTheCountriesOfPublicLists() {
		assertThat(formsByCountry().count()).isGreaterThanOrEqualTo(60);
		assertThat(formsByCountry().flatMap(country -> country.forms().stream()).map(form -> form.toLowerCase(java.util.Locale.ROOT)).distinct())
			.hasSizeGreaterThanOrEqualTo(360);
		// distinct as the normalizer reads them ("S.r.l." = "Srl")
		assertThat(NameNormalizer.VOCABULARY.legalForms).hasSizeGreaterThanOrEqualTo(300);
	}

	private record Country(String country, List<String> forms) {
	}

	private static Stream<Country> formsByCountry() {
		return Vocabulary.lines("legal-forms.txt").stream().map(line -> {
			List<String> fields = Arrays.stream(line.text().split("\\|")).map(String::strip).toList();
			return new Country(fields.get(0), fields.subList(1, fields.size()));
		});
	}

	private static Stream<Arguments> groups(String file) {
		List<Arguments> pairs = new ArrayList<>();
		for (Vocabulary.Line line : Vocabulary.lines(file)) {
			String canonical = line.text().substring(0, line.text().indexOf(':')).strip();
			for (String variant : line.text().substring(line.text().indexOf(':') + 1).split(",")) {
				if (!variant.isBlank()) {
					pairs.add(Arguments.of(variant.strip(), canonical));
				}
			}
		}
		return pairs.stream();
	}

}
