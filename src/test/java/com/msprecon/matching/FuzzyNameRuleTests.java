package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyNameRuleTests {

	// "hanson" and "hansen" are both words some company uses; "plumbng" is nobody's word
	private final FuzzyNameRule rule = new FuzzyNameRule(Set.of("hanson", "hansen", "plumbing", "acme")::contains);

	@ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\": {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Acme Plumbng              | Acme Plumbing              | true  | letter dropped
			Acme Plumbiing            | Acme Plumbing              | true  | letter inserted
			Acme Plumbimg             | Acme Plumbing              | true  | letter replaced
			Acme Plubming             | Acme Plumbing              | true  | letters swapped
			Contosso                  | Contoso Ltd                | true  | one long word
			Acne Dental               | Acme Dental                | false | short word
			Cantosa                   | Contoso                    | false | one word, two edits
			Acme Plumbingg Heating    | Acme Plumbing Heeting      | false | two words differ
			North Shore Pediatrics    | South Shore Pediatrics     | false | near-namesake, other first letter
			Bright Dental             | Wright Dental              | false | other first letter
			Westside Dental           | Eastside Dental            | false | other first letter
			Central Dental            | Centrall Dental            | false | contrast word
			Store 112                 | Store 113                  | false | number differs
			Store 112 Plumbng         | Store 113 Plumbing         | false | number differs besides a typo
			Hanson Plumbing           | Hansen Plumbing            | false | the typed word is a known word
			Acme Dental               | Acme Dental Group          | false | extra word
			Acme Dental               | Acme Dental                | false | equal names are not a typo
			""")
	void acceptsOnlyOneSlipInOneWord(String account, String company, boolean accepted, String why) {
		assertThat(rule.typo(NameNormalizer.normalize(account), NameNormalizer.normalize(company)) != null).as(why)
			.isEqualTo(accepted);
	}

	@ParameterizedTest(name = "[{index}] {0} / {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			plumbing  | plumbing  | true
			plumbng   | plumbing  | true
			plumbing  | plumbng   | true
			plubming  | plumbing  | true
			plumbimg  | plumbing  | true
			plumbinggg| plumbing  | false
			pulmbnig  | plumbing  | false
			abcdef    | badcef    | false
			""")
	void measuresOneEdit(String one, String other, boolean within) {
		assertThat(FuzzyNameRule.withinOneEdit(one, other)).isEqualTo(within);
	}

}
