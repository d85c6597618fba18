package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeAccountMatcherTests {

	private static final List<CompanyCandidate> COMPANIES = List.of(
			new CompanyCandidate("1", "Acme Dental LLC", "https://www.acmedental.com/"),
			new CompanyCandidate("2", "North Shore Pediatrics", null),
			new CompanyCandidate("3", "Store 112", null),
			new CompanyCandidate("4", "Riverside Plumbing Inc.", "riverside-plumbing.com"),
			new CompanyCandidate("5", "Harbor Family Medicine", "harborclinics.com"),
			new CompanyCandidate("6", "Harbor Urgent Care", "http://harborclinics.com"),
			new CompanyCandidate("7", "Lakeview Realty", null),
			new CompanyCandidate("8", "Lakeview Realty Ltd", null),
			new CompanyCandidate("9", "Müller Bau GmbH", "mueller-bau.de"),
			new CompanyCandidate("10", "Blue Sky Consulting", null),
			new CompanyCandidate("11", "Hansen Roofing", null),
			new CompanyCandidate("12", "Hanson Roofing", null),
			new CompanyCandidate("13", "Contoso International", "contoso.com"),
			new CompanyCandidate("14", "NetCare", "netcare.net"),
			new CompanyCandidate("15", "Pinecrest Veterinary", "pinecrestvet.com"),
			new CompanyCandidate("16", "Peak Fitness 247", null),
			new CompanyCandidate("17", "Unit 12 Storage", null),
			new CompanyCandidate("18", "Zenith UK Ltd", "zenith.co.uk"),
			new CompanyCandidate("19", "Kauri Plumbing NZ Limited", null),
			new CompanyCandidate("20", "Böhm Haustechnik GmbH", null),
			new CompanyCandidate("21", "Mueller Logistik", null),
			new CompanyCandidate("22", "Krüger Elektro", null),
			new CompanyCandidate("23", "Kruger Elektro AG", null),
			new CompanyCandidate("24", "Schröder Technik", null),
			new CompanyCandidate("25", "Schroeder Technik GmbH", null),
			new CompanyCandidate("26", "Zefir Aerials Ltd", null));

	private final AccountMatcher matcher = SafeAccountMatcher.over(COMPANIES);

	private MatchResult match(String name, String... domains) {
		return matcher.match(new AccountToMatch("C1", name, List.of(domains)));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" -> {1} by {2}")
	@CsvSource(delimiter = '|', textBlock = """
			ACME DENTAL, INC.             | 1  | NAME
			The Acme Dental Company       | 1  | NAME
			acmedental.com                | 1  | DOMAIN
			Mueller Bau                   | 9  | NAME
			Muller Bau                    | 9  | NAME
			Bohm Haustechnik              | 20 | NAME
			BlueSky Consulting            | 10 | NAME
			Contoso Intl Corp             | 13 | NAME
			Contoso International (UK)    | 13 | NAME
			Riverside Plumbng             | 4  | FUZZY
			BrightWave IT - Acme Dental   | 1  | NAME
			Zenith (UK)                   | 18 | NAME
			Zenith - GB                   | 18 | NAME
			Zenith                        | 18 | NAME
			Kauri Plumbng                 | 19 | FUZZY
			Kauri Plumbng (NZ)            | 19 | FUZZY
			""")
	void matchesByName(String name, String companyId, MatchMethod method) {
		MatchResult result = match(name);
		assertThat(result.companyId()).as(result.reason()).isEqualTo(companyId);
		assertThat(result.method()).isEqualTo(method);
		assertThat(result.score()).isBetween(0.8, 1.0);
		assertThat(result.reason()).isNotBlank();
		assertThat(result.candidates()).first().extracting(Candidate::companyId).isEqualTo(companyId);
	}

	@Test
	void aVendorDomainEqualToOneWebsiteDecides() {
		MatchResult result = match("Totally Different Trading Name", "pinecrestvet.com");
		assertThat(result.companyId()).isEqualTo("15");
		assertThat(result.method()).isEqualTo(MatchMethod.DOMAIN);
		assertThat(result.score()).isEqualTo(1.0);
		assertThat(result.reason()).contains("pinecrestvet.com", "Pinecrest Veterinary");
	}

	@Test
	void wwwAndSchemeInVendorDomainsAreIgnored() {
		assertThat(match("X", "WWW.PineCrestVet.com").companyId()).isEqualTo("15");
	}

	@Test
	void aSharedDomainIsNotDecisiveButTheNameMaySettleIt() {
		MatchResult byDomainOnly = match("Harbor Clinics", "harborclinics.com");
		assertThat(byDomainOnly.isMatched()).isFalse();
		assertThat(byDomainOnly.candidates().subList(0, 2)).extracting(Candidate::companyId).containsExactlyInAnyOrder("5", "6");

		MatchResult byName = match("Harbor Urgent Care LLC", "harborclinics.com");
		assertThat(byName.companyId()).isEqualTo("6");
		assertThat(byName.method()).isEqualTo(MatchMethod.NAME);
	}

	@Test
	void aDomainContradictedByAnotherCompanysNameIsRefused() {
		MatchResult result = match("Lakeview Realty", "pinecrestvet.com");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.candidates()).extracting(Candidate::companyId).contains("15");
	}

	@Test
	void twoCompaniesWithTheSameNormalizedNameAreRefusedAndBothListed() {
		MatchResult result = match("Lakeview Realty");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.reason()).contains("2 companies share", "lakeview realty");
		assertThat(result.candidates().subList(0, 2)).extracting(Candidate::companyId).containsExactly("7", "8");
		assertThat(result.candidates().subList(0, 2)).extracting(Candidate::score).containsOnly(1.0);
	}

	@Test
	void aDomainSettlesDuplicateNames() {
		MatchResult result = match("Harbor Family Medicine", "harborclinics.com");
		assertThat(result.companyId()).isEqualTo("5");
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" stays unmatched")
	@CsvSource(delimiter = '|', textBlock = """
			Store 113                     | number differs
			Store 1120                    | number differs
			South Shore Pediatrics        | near-namesake
			North Shore Pediatric Dental  | extra word
			Hanson Roofing Group          | extra word
			Hansan Roofing                | two companies within one slip
			Acne Dental                   | short word
			Completely Unknown Ltd        | no company
			NetCare - Acme Dental         | two parts match different companies (the MSP is a company too)
			''                            | empty name
			Peak Fitness 24/7             | 24 and 7 are not 247 (R3: numbers are significant)
			Peak Fitness 24-7             | 24 and 7 are not 247
			Unit 1-2 Storage              | 1 and 2 are not 12
			Zenith (US)                   | R3: region tags on both sides differ (US vs UK)
			Kauri Plumbng (AU)            | R3: a typo, but the region tags differ (AU vs NZ)
			BrightWave IT - Zenith (US)   | R3: the tagged part equals, but the region tags differ
			""")
	void refusesUnsafeMatches(String name, String why) {
		MatchResult result = match(name);
		assertThat(result.isMatched()).as(why + ": " + result.reason()).isFalse();
		assertThat(result.method()).isNull();
		assertThat(result.reason()).isNotBlank();
	}

	@Test
	void aNearNamesakeIsListedForReviewWithItsScore() {
		MatchResult result = match("South Shore Pediatrics");
		assertThat(result.candidates()).first().satisfies(candidate -> {
			assertThat(candidate.companyId()).isEqualTo("2");
			assertThat(candidate.score()).isBetween(0.8, 0.99);
			assertThat(candidate.reason()).contains("south shore pediatrics", "north shore pediatrics");
		});
	}

	@Test
	void digitsSeparatedByPunctuationAreOtherNumbersButTheCompanyIsListed() {
		MatchResult result = match("Peak Fitness 24/7");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.candidates()).first().satisfies(candidate -> {
			assertThat(candidate.companyId()).isEqualTo("16");
			assertThat(candidate.reason()).contains("numbers differ (24 7 vs 247)");
		});
	}

	@Test
	void differentRegionTagsOnBothSidesAreNotTheSameNameButTheCompanyIsListed() {
		MatchResult result = match("Zenith (US)", "zenith.com");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.reason()).contains("Zenith UK Ltd", "region tags differ", "US", "UK");
		assertThat(result.candidates()).first().satisfies(candidate -> {
			assertThat(candidate.companyId()).isEqualTo("18");
			assertThat(candidate.score()).isBetween(0.8, 0.99);
			assertThat(candidate.reason()).contains("region tags differ");
		});
	}

	@Test
	void aDomainStillDecidesAcrossRegionTags() {
		// R2: one customer may have tenants in several regions; its website identifies it
		MatchResult result = match("Zenith (US)", "zenith.co.uk");
		assertThat(result.companyId()).isEqualTo("18");
		assertThat(result.method()).isEqualTo(MatchMethod.DOMAIN);
	}

	@Test
	void anUmlautWithoutDotsIsTheSameNameAndTheReasonSaysSo() {
		// R3: "Muller" for "Müller" is how the name is written without the dots, not a typing slip
		MatchResult result = match("Muller Bau");
		assertThat(result.companyId()).isEqualTo("9");
		assertThat(result.method()).isEqualTo(MatchMethod.NAME);
		assertThat(result.score()).isEqualTo(1.0);
		assertThat(result.reason()).contains("without dots", "Muller Bau", "Müller Bau GmbH");
		assertThat(result.candidates().get(0).reason()).contains("without dots");
	}

	@Test
	void uIsNotUeWhenNeitherNameHasAnUmlaut() {
		MatchResult result = match("Muller Logistik");
		assertThat(result.method()).isNotEqualTo(MatchMethod.NAME);
		assertThat(result.reason()).doesNotContain("without dots");
	}

	@Test
	void twoCompaniesEqualWithOrWithoutDotsAreRefused() {
		// R3 ambiguity: "Kruger" is "Krüger" without dots and also "Kruger" itself
		for (String name : List.of("Kruger Elektro", "Krüger Elektro")) {
			MatchResult result = match(name);
			assertThat(result.isMatched()).as(name + ": " + result.reason()).isFalse();
			assertThat(result.candidates().subList(0, 2)).extracting(Candidate::companyId).containsExactlyInAnyOrder("22", "23");
		}
		// "Schröder" and "Schroeder" are one normalized name held twice: without dots it points to both
		MatchResult result = match("Schroder Technik");
		assertThat(result.isMatched()).as(result.reason()).isFalse();
		assertThat(result.candidates().subList(0, 2)).extracting(Candidate::companyId).containsExactlyInAnyOrder("24", "25");
	}

	@Test
	void aNumberedNameIsListedWithTheNumbersThatDiffer() {
		assertThat(match("Store 113").candidates()).first().extracting(Candidate::reason).asString()
			.contains("numbers differ (113 vs 112)");
	}

	@Test
	void aTypoIsRefusedWhenTheVendorDomainsSpeakAgainstTheCompany() {
		assertThat(match("Riverside Plumbng", "riverside-plumbing.com").companyId()).isEqualTo("4");
		MatchResult result = match("Riverside Plumbng", "otherplumbers.com");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.reason()).contains("riverside-plumbing.com", "otherplumbers.com");
	}

	@Test
	void theReasonShowsTheNormalizedForms() {
		assertThat(match("ACME DENTAL, INC.").reason()).contains("\"acme dental\"", "ACME DENTAL, INC.", "Acme Dental LLC");
		assertThat(match("Riverside Plumbng").reason()).contains("\"plumbng\" for \"plumbing\"");
	}

	@Test
	void anAccountSharingNoWordWithAnyCompanyStillGetsThreeScoredCandidates() {
		// R2: every unmatched account lists up to three candidates; letters in common find them, never a match
		MatchResult result = match("Zephyr Aerial Imaging");
		assertThat(result.isMatched()).isFalse();
		assertThat(result.candidates()).hasSize(3);
		assertThat(result.candidates()).first().satisfies(candidate -> {
			assertThat(candidate.companyId()).isEqualTo("26");
			assertThat(candidate.score()).isBetween(0.5, 0.95);
			assertThat(candidate.reason()).contains("name similarity", "zephyr aerial imaging", "zefir aerials");
		});
		assertThat(result.candidates()).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void offersAtMostThreeCandidatesBestFirst() {
		MatchResult result = match("Harbor Roofing Realty");
		assertThat(result.candidates()).hasSizeLessThanOrEqualTo(3);
		assertThat(result.candidates()).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void comparingAllPairsDecidesTheSame() {
		AccountMatcher allPairs = SafeAccountMatcher.comparingAllPairs(COMPANIES);
		for (String name : List.of("ACME DENTAL, INC.", "Riverside Plumbng", "Lakeview Realty", "Store 113", "Muller Bau",
				"Hansan Roofing", "NetCare - Acme Dental", "BrightWave IT - Acme Dental", "Zenith (US)", "Zenith (UK)",
				"Kauri Plumbng (AU)", "Peak Fitness 24/7", "Bohm Haustechnik", "Kruger Elektro", "Krüger Elektro",
				"Schroder Technik", "Muller Logistik")) {
			AccountToMatch account = new AccountToMatch("C1", name, List.of());
			MatchResult indexed = matcher.match(account);
			MatchResult brute = allPairs.match(account);
			assertThat(indexed.companyId()).as(name).isEqualTo(brute.companyId());
			assertThat(indexed.method()).as(name).isEqualTo(brute.method());
		}
	}

}
