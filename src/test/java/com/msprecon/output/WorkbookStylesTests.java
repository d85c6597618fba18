package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money cells carry the currency of the MSP's prices ({@code recon.currency}), with its usual decimal places. */
class WorkbookStylesTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "USD|\"$\"#,##0.00;[Red]-\"$\"#,##0.00",
			"GBP|\"£\"#,##0.00;[Red]-\"£\"#,##0.00", "EUR|\"€\"#,##0.00;[Red]-\"€\"#,##0.00",
			"AUD|\"A$\"#,##0.00;[Red]-\"A$\"#,##0.00", "JPY|\"¥\"#,##0;[Red]-\"¥\"#,##0" })
	void moneyFormatShowsTheCurrencysSymbolAndPlaces(String code, String format) {
		assertThat(WorkbookStyles.moneyFormat(Currency.getInstance(code))).isEqualTo(format);
	}

}
