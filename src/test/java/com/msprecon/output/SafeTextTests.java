package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §5: text starting with = + - @, a tab or a carriage return is never evaluated by a spreadsheet. */
class SafeTextTests {

	@ParameterizedTest(name = "''{0}'' looks like a formula")
	@ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")" })
	void everyFormulaLeaderIsCaughtAndQuotedForCsv(String text) {
		assertThat(SafeText.looksLikeFormula(text)).isTrue();
		assertThat(SafeText.forCsv(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest(name = "''{0}'' is plain text")
	@ValueSource(strings = { "Acme = Widgets", "A-1", "1+1", "user@acme.com", " =1", "'=1" })
	void textThatDoesNotStartWithALeaderIsLeftAlone(String text) {
		assertThat(SafeText.looksLikeFormula(text)).isFalse();
		assertThat(SafeText.forCsv(text)).isEqualTo(text);
	}

	@Test
	void nothingIsNotAFormula() {
		assertThat(SafeText.looksLikeFormula(null)).isFalse();
		assertThat(SafeText.looksLikeFormula("")).isFalse();
		assertThat(SafeText.forCsv(null)).isNull();
	}

}
