package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many lines a wrapped cell takes: the row height is set from it, since spreadsheets do not grow rows on opening. */
class SheetWriterTests {

	@ParameterizedTest(name = "\"{0}\" in {1} characters: {2} lines")
	@CsvSource(delimiter = '|', value = { "short|20|1", "two words that are long enough|12|3", "|10|1",
			"averyveryverylongwordwithoutspaces|10|4", "line one\\nline two|40|2" })
	void linesOfWrappedText(String text, int width, int lines) {
		assertThat(SheetWriter.lines(text == null ? "" : text.replace("\\n", "\n"), width)).isEqualTo(lines);
	}

}
