package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The R3 rules that hold for any MSP's customers in any country, each with the refusal that keeps it safe. */
class GeneralMatchingRulesTests {

	private static final List<CompanyCandidate> COMPANIES = List.of(
			new CompanyCandidate("1", "Nordwind Logistik Sp. z o.o.", null),
			new CompanyCandidate("2", "Nordwind Україна ТОВ", null),
			new CompanyCandidate("3", "Nordwind Polska S.A.", null),
			new CompanyCandidate("4", "Kestrel Analytics Proprietary Limited", "https://portal.kestrelanalytics.com.au/login"),
			new CompanyCandidate("5", "Baltic Amber", null),
			new CompanyCandidate("6", "Baltic Amber Qzx", null),
			new CompanyCandidate("7", "Crimson Sky Technologies Inc", "crimsonsky.io"),
			new CompanyCandidate("8", "Carter & Silva LLP", null),
			new CompanyCandidate("9", "Bayside Pharmacy #12", null),
			new CompanyCandidate("10", "Bayside Pharmacy #13", null),
			new CompanyCandidate("11", "Summit Mountain Holdings", null),
			new CompanyCandidate("12", "Fort Myers Township Academy", null),
			new CompanyCandidate("13", "Harbor Dental LLC", "harbordental.com"),
			new CompanyCandidate("14", "Prairie Construction", null),
			new CompanyCandidate("15", "Bayside Clinic", "bayside.wixsite.com"),
			new CompanyCandidate("16", "NetCare", "netcare.net"),
			new CompanyCandidate("17", "Ostrava Strojírny s.r.o.", "ostrava-stroj.cz, ostrava-group.com"),
			new CompanyCandidate("18", "Zenith Inc", null),
			new CompanyCandidate("19", "Zenith UK Ltd", null),
			new CompanyCandidate("20", "Lumen Works GmbH", "lumenworks.de"),
			new CompanyCandidate("21", "Tech Solutions", "techsolutions.com"),
			new CompanyCandidate("22", "Elm Street Bakery", null),
			new CompanyCandidate("23", "Saint Agnes Clinic", null),
			new CompanyCandidate("24", "Greenfield Foods", "contoso.onmicrosoft.com"),
			new CompanyCandidate("25", "Redwood Bistro", "https://sites.google.com/view/redwoodbistro"));

	private static MatchResult match(AccountMatcher matcher, String name, String... domains) {
		return matcher.match(new AccountToMatch("A1", name, List.of(domains)));
	}

	private static MatchResult match(String name, String... domains) {
		return match(SafeAccountMatcher.over(COMPANIES), name, domains);
	}

	@ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2} by {3}")
	@CsvSource(delimiter = '|', textBlock = """
			multi-word legal form        | Nordwind Logistik                   | 1  | NAME
			spelled-out legal form       | Kestrel Analytics Pty Ltd           | 4  | NAME
			Czech form after the name    | Ostrava Strojirny                   | 17 | NAME
			Cyrillic letters kept        | Nordwind Україна                    | 2  | NAME
			Latin letters of that name   | Nordwind Polska                     | 3  | NAME
			domain run together          | crimsonskytechnologies              | 7  | NAME
			and run together             | Carterand Silva                     | 8  | NAME
			number after No.             | Bayside Pharmacy Store No. 12       | 9  | NAME
			number after Location        | Bayside Pharmacy - Location #13     | 10 | NAME
			abbreviations as data        | Summit Mtn Hldgs                    | 11 | NAME
			more abbreviations           | Ft Myers Twp Acad                   | 12 | NAME
			St as Street                 | Elm St Bakery                       | 22 | NAME
			St as Saint                  | St. Agnes Clinic                    | 23 | NAME
			slip inside a legal form     | Lumen Works GbmH                    | 20 | NAME
			region tag picks one of two  | Zenith (UK)                         | 19 | NAME
			glued MSP tag                | NC-Prairie Construction             | 14 | NAME
			glued MSP tag with _         | ACME_Prairie Construction           | 14 | NAME
			""")
	void matches(String rule, String name, String companyId, MatchMethod method) {
		MatchResult result = match(name);
		assertThat(result.companyId()).as(rule + ": " + result.reason()).isEqualTo(companyId);
		assertThat(result.method()).isEqualTo(method);
		assertThat(result.candidates()).first().extracting(Candidate::companyId).isEqualTo(companyId);
	}

	@ParameterizedTest(name = "[{index}] {0}: \"{1}\" {2}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown form hides a duplicate    | Baltic Amber                  | '' 
			numbers must agree                | Bayside Pharmacy No. 14       | ''
			no region tag, two same names     | Zenith                        | ''
			glued tag, rest is no one company | NC-Baltic Amber Co            | ''
			a shared platform never decides   | Lakeview Books                | bayside.wixsite.com
			a tenant domain never decides     | Lakeview Books                | contoso.onmicrosoft.com
			a Google site never decides       | Lakeview Books                | sites.google.com
			""")
	void refuses(String rule, String name, String domain) {
		MatchResult result = domain.isEmpty() ? match(name) : match(name, domain);
		assertThat(result.isMatched()).as(rule + ": " + result.reason()).isFalse();
		assertThat(result.reason()).isNotBlank();
	}

	@Test
	void aFormTheVocabularyDoesNotKnowMakesTheNameAmbiguousAndBothAreListed() {
		MatchResult result = match("Baltic Amber");
		assertThat(result.reason()).contains("followed by \"qzx\"", "may be a legal form");
		assertThat(result.candidates()).extracting(Candidate::companyId).startsWith("5").contains("6");
	}

	@Test
	void lettersOfOtherScriptsAreKeptSoTwoCountriesDoNotNormalizeAlike() {
		assertThat(NameNormalizer.normalize("Nordwind Україна").key()).isEqualTo("nordwind україна");
		assertThat(NameNormalizer.normalize("Nordwind Україна").compactKey())
			.isNotEqualTo(NameNormalizer.normalize("Nordwind Polska").compactKey());
		assertThat(NameNormalizer.normalize("Ελληνική Εταιρεία").key()).isEqualTo("ελληνική εταιρεία");
		assertThat(NameNormalizer.normalize("Café Zoë").key()).isEqualTo("cafe zoe");
	}

	@Test
	void aSubdomainOfTheWebsiteEqualsTheEmailDomain() {
		MatchResult result = match("Kestrel Data Services", "kestrelanalytics.com.au");
		assertThat(result.companyId()).as(result.reason()).isEqualTo("4");
		assertThat(result.method()).isEqualTo(MatchMethod.DOMAIN);
		assertThat(result.reason()).contains("kestrelanalytics.com.au");
		assertThat(match("Kestrel Data Services", "shop.kestrelanalytics.com.au").companyId()).isEqualTo("4");
	}

	@Test
	void eachSiteOfAWebsiteFieldWithTwoSitesCounts() {
		assertThat(match("OSG Machinery", "ostrava-group.com").companyId()).isEqualTo("17");
		assertThat(match("OSG Machinery", "mail.ostrava-stroj.cz").companyId()).isEqualTo("17");
	}

	@Test
	void aDomainOnAPlatformNeitherDecidesNorSpeaksAgainstTheName() {
		assertThat(match("Bayside Clinic", "baysideclinic.com").companyId()).isEqualTo("15");
		assertThat(match("Redwood Bistro", "redwoodbistro.com").companyId()).isEqualTo("25");
		assertThat(match("Greenfield Foods", "greenfield.com").companyId()).isEqualTo("24");
		assertThat(match("Lakeview Books", "redwoodbistro.com").isMatched()).isFalse();
	}

	@Test
	void aSharedDomainWithAnEntityWordGoesToReviewWithTheCompanyFirst() {
		MatchResult result = match("Harbor Dental Foundation", "harbordental.com");
		assertThat(result.isMatched()).as(result.reason()).isFalse();
		assertThat(result.reason()).contains("harbordental.com", "\"foundation\"");
		assertThat(result.candidates()).first().satisfies(c -> {
			assertThat(c.companyId()).isEqualTo("13");
			assertThat(c.score()).isEqualTo(1.0);
		});
		// an abbreviated entity word, and one entity word for another
		assertThat(match("Harbor Dental Hldgs", "harbordental.com").isMatched()).isFalse();
		SafeAccountMatcher group = SafeAccountMatcher.over(List.of(new CompanyCandidate("1", "Harrow Industrial Group Ltd", "harrowindustrial.com")));
		assertThat(match(group, "Harrow Industrial Holdings", "harrowindustrial.com").isMatched()).isFalse();
		// a company named with the family's entity word is the account's company: its domain decides
		MatchResult family = match(group, "Harrow Industrial Inc", "harrowindustrial.com");
		assertThat(family.companyId()).as(family.reason()).isEqualTo("1");
		assertThat(family.method()).isEqualTo(MatchMethod.DOMAIN);
		// without an entity word the domain still decides, also for a trading name
		assertThat(match("Harbor Smiles", "harbordental.com").companyId()).isEqualTo("13");
		assertThat(match("Harbor Dental", "harbordental.com").companyId()).isEqualTo("13");
	}

	@Test
	void theMspsOwnTagsAreASettingAndTheRestMustBeOneCompany() {
		// without the setting, "NetCare - Prairie Construction" has two parts that are companies: refused
		assertThat(match("NetCare - Prairie Construction").isMatched()).isFalse();
		SafeAccountMatcher configured = SafeAccountMatcher.over(COMPANIES, List.of("NetCare", "NC"));
		for (String name : List.of("NetCare - Prairie Construction", "[NetCare] Prairie Construction",
				"Prairie Construction_NC", "nc: Prairie Construction")) {
			MatchResult result = match(configured, name);
			assertThat(result.companyId()).as(name + ": " + result.reason()).isEqualTo("14");
			assertThat(result.score()).isEqualTo(1.0);
		}
		// a configured tag is only removed with a separator: "NC Prairie Construction" keeps its words
		assertThat(match(configured, "NC Prairie Construction").isMatched()).isFalse();
	}

	@Test
	void aGluedTagThatMayBePartOfTheNameOnlyMatchesAsATaggedPart() {
		MatchResult result = match("AB-Tech Solutions");
		assertThat(result.companyId()).isEqualTo("21");
		assertThat(result.score()).isEqualTo(SafeAccountMatcher.TAGGED_PART_SCORE);
		// the vendor domains still speak against it
		assertThat(match("AB-Tech Solutions", "abtech.com").isMatched()).isFalse();
	}

	@Test
	void domainLabelPrefixesAndConflictsStayRefused() {
		// a vendor domain of another company against the name: refused
		assertThat(match("Carter & Silva", "crimsonsky.io").isMatched()).isFalse();
		// a typo that the vendor domains speak against
		assertThat(match("Lumen Wroks", "lumen.com").isMatched()).isFalse();
		// a label that only starts like the website's: not the same domain, listed for review
		MatchResult prefix = match("Harbor Dental Group", "harbordentalgroup.com");
		assertThat(prefix.isMatched()).isFalse();
		assertThat(prefix.candidates()).extracting(Candidate::companyId).contains("13");
	}

	@Test
	void theIndexedMatcherDecidesAsAllPairsDo() {
		SafeAccountMatcher indexed = SafeAccountMatcher.over(COMPANIES, List.of("NC"));
		SafeAccountMatcher allPairs = SafeAccountMatcher.comparingAllPairs(COMPANIES, List.of("NC"));
		for (String name : List.of("Nordwind Logistik", "Baltic Amber", "Zenith (UK)", "NC-Prairie Construction",
				"Carterand Silva", "Bayside Pharmacy Store No. 12", "Lumen Works GbmH", "Harbor Dental Foundation")) {
			MatchResult one = match(indexed, name, "harbordental.com");
			MatchResult two = match(allPairs, name, "harbordental.com");
			assertThat(one.companyId()).as(name).isEqualTo(two.companyId());
			assertThat(one.method()).as(name).isEqualTo(two.method());
		}
	}

}
