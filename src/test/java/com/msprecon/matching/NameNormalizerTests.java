package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTests {

	@ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> \"{2}\"")
	@CsvSource(delimiter = '|', textBlock = """
			case                  | ACME Dental                     | acme dental
			accents               | Café Lumière                    | cafe lumiere
			umlaut ue             | Müller Bau                      | mueller bau
			umlaut oe             | Schröder Technik                | schroeder technik
			umlaut ae             | Bäckerei Jäger                  | baeckerei jaeger
			sharp s               | Weiß Logistik                   | weiss logistik
			capital umlaut        | ÜBERALL Service                 | ueberall service
			nordic letters        | Ørsted Æble                     | orsted aeble
			punctuation           | Smith, Jones & Partners.        | smith jones and partners
			spacing               | '  Acme    Dental  '            | acme dental
			apostrophe            | O'Brien's Pub                   | obriens pub
			ampersand             | Smith & Jones                   | smith and jones
			plus as and           | Smith + Jones                   | smith and jones
			suffix Inc            | Acme Inc.                       | acme
			suffix LLC dotted     | Acme L.L.C.                     | acme
			suffix Ltd            | Acme Ltd                        | acme
			suffix Limited        | Acme Limited                    | acme
			suffix Corp           | Acme Corp                       | acme
			suffix Corporation    | Acme Corporation                | acme
			suffix Co             | Acme & Co.                      | acme
			suffix Company        | Acme Company                    | acme
			suffix GmbH           | Acme GmbH                       | acme
			suffix GmbH & Co KG   | Acme GmbH & Co. KG              | acme
			suffix Pty Ltd        | Acme Pty Ltd                    | acme
			suffix PLC            | Acme PLC                        | acme
			suffix LLP            | Acme LLP                        | acme
			suffix PC             | Acme Dental, P.C.               | acme dental
			suffix PLLC           | Acme Law PLLC                   | acme law
			suffix SA             | Acme S.A.                       | acme
			suffix BV             | Acme B.V.                       | acme
			suffix AG             | Acme AG                         | acme
			suffix only at end    | Inc Solutions                   | inc solutions
			suffix alone kept     | Limited                         | limited
			leading The           | The Acme Group                  | acme group
			The alone kept        | The                             | the
			abbrev Intl           | Acme Intl                       | acme international
			abbrev Mfg            | Acme Mfg                        | acme manufacturing
			abbrev Svcs           | Acme Svcs                       | acme services
			abbrev Assoc          | Smith & Assoc.                  | smith and associates
			abbrev Dept           | Parks Dept                      | parks department
			abbrev Ctr            | Lakeside Medical Ctr            | lakeside medical center
			abbrev Centre         | Lakeside Medical Centre         | lakeside medical center
			abbrev St as Saint    | St. Mary's Clinic               | st marys clinic
			Saint as St           | Saint Mary's Clinic             | st marys clinic
			Street as St          | Main Street Dental              | main st dental
			abbrev Mt             | Mt Vernon Dental                | mount vernon dental
			abbrev Bros           | Miller Bros                     | miller brothers
			abbrev Mgmt           | Apex Property Mgmt              | apex property management
			abbrev Tech           | Apex Tech                       | apex technology
			abbrev Technologies   | Apex Technologies               | apex technology
			camel case            | BlueSky Partners                | blue sky partners
			region in parentheses | Acme (UK)                       | acme
			region after dash     | Acme - US                       | acme
			region bare at end    | Acme Ltd UK                     | acme
			other parentheses     | Acme (Old)                      | acme old
			MSP tag kept in whole | NetCare - Acme                  | net care acme
			domain as name        | acme.com                        | acme
			domain with www       | www.acme-dental.co.uk           | acme dental
			numbers kept          | Store 112                       | store 112
			empty                 | ''                              | ''
			""")
	void normalizesNames(String rule, String name, String expected) {
		assertThat(NameNormalizer.normalize(name).key()).as(rule).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" ~ \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			BlueSky Partners          | Blue Sky Partners
			Bluesky Partners          | Blue Sky Partners
			Smith and Jones           | Smith & Jones Ltd
			Mueller Bau GmbH          | Müller Bau
			The Acme Company          | ACME, Inc.
			acmedental.com            | Acme Dental LLC
			Store112                  | Store 112
			Peak Fitness 24/7         | Peak Fitness 24-7
			1,000 Islands Tours       | 1000 Islands Tours
			""")
	void sameCompactKey(String one, String other) {
		assertThat(NameNormalizer.normalize(one).compactKey()).isEqualTo(NameNormalizer.normalize(other).compactKey());
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" != \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			Store 112                 | Store 113
			North Shore Pediatrics    | South Shore Pediatrics
			Acme Dental               | Acme Dental Group
			Peak Fitness 24/7         | Peak Fitness 247
			Unit 1-2                  | Unit 12
			Web 2.0 Studio            | Web 20 Studio
			Suite 1 2                 | Suite 12
			Lot 1,00 Farms            | Lot 100 Farms
			""")
	void differentCompactKey(String one, String other) {
		assertThat(NameNormalizer.normalize(one).compactKey()).isNotEqualTo(NameNormalizer.normalize(other).compactKey());
	}

	@Test
	void numbersAreCollected() {
		assertThat(NameNormalizer.normalize("Store 112 - Building 7").numbers()).containsExactly("112", "7");
	}

	// R3: numbers are significant, so punctuation between digits separates them; a comma before groups of
	// three digits is a thousands separator
	@ParameterizedTest(name = "[{index}] \"{0}\" has numbers {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Peak Fitness 24/7         | 24 7
			Unit 1-2                  | 1 2
			1,000 Islands Tours       | 1000
			Route 1,250,000 Club      | 1250000
			Store 112, 113            | 112 113
			""")
	void punctuationBetweenDigitsSeparatesNumbers(String name, String numbers) {
		assertThat(NameNormalizer.normalize(name).numbers()).containsExactly(numbers.split(" "));
	}

	// R3: region tags are dropped from the name but kept aside, so that two tagged names can be told apart
	@ParameterizedTest(name = "[{index}] \"{0}\" has regions [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			Zenith (US)               | us
			Zenith UK Ltd             | uk
			Acme - US                 | us
			Acme [NZ]                 | nz
			Acme (GB)                 | uk
			Acme USA Inc              | us
			NetCare: Acme (EMEA)      | emea
			Acme Ltd                  | ''
			US Foods                  | ''
			""")
	void regionTagsAreKeptAside(String name, String regions) {
		assertThat(String.join(" ", NameNormalizer.normalize(name).regions())).isEqualTo(regions);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\": conflict {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Zenith (US)               | Zenith UK Ltd             | true
			Acme (AU)                 | Acme NZ Limited           | true
			Acme (EMEA)               | Acme UK                   | true
			Acme (UK)                 | Acme GB Ltd               | false
			Acme (UK)                 | Acme UK Ltd               | false
			Acme (UK)                 | Acme Ltd                  | false
			Acme                      | Acme US Inc               | false
			""")
	void regionTagsConflictOnlyWhenBothSidesCarryDifferentOnes(String one, String other, boolean conflict) {
		assertThat(NameNormalizer.normalize(one).regionsConflict(NameNormalizer.normalize(other))).isEqualTo(conflict);
	}

	// R3: an umlaut may be written out (ü as ue) or its dots dropped (ü as u); the second form is kept aside
	@ParameterizedTest(name = "[{index}] \"{0}\" without dots: \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			Müller Logistik GmbH      | mullerlogistik
			Böhm Bau                  | bohmbau
			ÜBERALL Service           | uberallservice
			Gärtner & Söhne           | gartnersohne
			Mueller Logistik          | muellerlogistik
			Muller Logistik           | mullerlogistik
			Weiß Logistik             | weisslogistik
			""")
	void umlautsWithoutDotsAreKeptAside(String name, String withoutDots) {
		assertThat(NameNormalizer.normalize(name).withoutDotsKey()).isEqualTo(withoutDots);
	}

	@Test
	void aNameWithoutUmlautsHasNoOtherForm() {
		NormalizedName mueller = NameNormalizer.normalize("Mueller Logistik");
		assertThat(mueller.withoutDotsKey()).isEqualTo(mueller.compactKey());
		assertThat(mueller.withoutDotsKey()).isNotEqualTo(NameNormalizer.normalize("Muller Logistik").compactKey());
	}

	@Test
	void taggedPartsKeepTheirFormWithoutDots() {
		assertThat(NameNormalizer.taggedParts("NetCare - Müller Logistik")).extracting(NormalizedName::withoutDotsKey)
			.containsExactly("netcare", "mullerlogistik");
	}

	@Test
	void taggedNamesSplitIntoParts() {
		assertThat(NameNormalizer.taggedParts("NetCare - Acme Dental Inc.")).extracting(NormalizedName::key)
			.containsExactly("net care", "acme dental");
		assertThat(NameNormalizer.taggedParts("Acme Dental (NetCare)")).extracting(NormalizedName::key)
			.containsExactly("net care", "acme dental");
		assertThat(NameNormalizer.taggedParts("NetCare | Acme (UK)")).extracting(NormalizedName::key)
			.containsExactly("net care", "acme");
		assertThat(NameNormalizer.taggedParts("Acme - UK")).isEmpty();
		assertThat(NameNormalizer.taggedParts("Smith-Jones Dental")).isEmpty();
	}

}
