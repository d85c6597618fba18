package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many lines a wrapped cell takes (the row height is set from it, since spreadsheets do not grow rows on
 * opening), and how wide a money cell is.
 */
class SheetWriterTests {

	@ParameterizedTest(name = "\"{0}\" in {1} characters: {2} lines")
	@CsvSource(delimiter = '|', value = { "short|20|1", "two words that are long enough|12|3", "|10|1",
			"averyveryverylongwordwithoutspaces|10|4", "line one\\nline two|40|2" })
	void linesOfWrappedText(String text, int width, int lines) {
		assertThat(SheetWriter.lines(text == null ? "" : text.replace("\\n", "\n"), width)).isEqualTo(lines);
	}

	/** Counting the characters of an amount gives the length of the formatted amount, for amounts of any size. */
	@Test
	void moneyWidthIsTheLengthOfTheFormattedAmount() {
		Random random = new Random(16);
		for (int i = 0; i < 20_000; i++) {
			long cents = random.nextLong() % (long) Math.pow(10, 1 + random.nextInt(15));
			double amount = cents / 100.0;
			assertThat(SheetWriter.moneyWidth(amount)).as("%s", amount)
				.isEqualTo(String.format("%,.2f", amount).length());
		}
		assertThat(SheetWriter.moneyWidth(-0.0)).isEqualTo(String.format("%,.2f", -0.0).length());
		assertThat(SheetWriter.moneyWidth(999_999.99)).isEqualTo("999,999.99".length());
		assertThat(SheetWriter.moneyWidth(-1_000_000)).isEqualTo("-1,000,000.00".length());
	}

}
