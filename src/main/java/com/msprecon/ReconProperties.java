package com.msprecon;

import com.msprecon.msp.MspSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reconciliation job ({@code recon.*}); every one can be given as an environment variable,
 * e.g. {@code RECON_INPUT_DIR}.
 *
 * @param inputDir directory with the six CSV files of docs/rules.md §3 (file sources and mapping tables)
 * @param outputDir outputs go to {@code <outputDir>/<period>/}
 * @param timeZone the zone in which "today" is the default {@code asOfDate}
 * @param seats which vendor count is billed (R4): actual users when known, or always the contracted count
 * @param chunkSize records per chunk (and per transaction) in the chunk steps
 * @param currency the currency of the PSA's prices (ISO 4217), for the workbook's money format
 */
@ConfigurationProperties("recon")
public record ReconProperties(@DefaultValue("jobs/demo") Path inputDir, @DefaultValue("out") Path outputDir,
		@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("ACTUAL_WHEN_KNOWN") SeatBasis seats,
		@DefaultValue("1000") int chunkSize, @DefaultValue("USD") Currency currency) {

	/**
	 * These settings as one MSP's runs use them (docs/rules.md §4.4): its input directory, and its own currency
	 * and seat basis where its settings file gives them.
	 *
	 * @throws IllegalArgumentException naming the MSP's settings file when a value is not valid
	 */
	public ReconProperties forMsp(MspSettings msp) {
		Currency mspCurrency = msp.setting("currency").map(code -> currencyOf(code, msp)).orElse(currency);
		SeatBasis mspSeats = msp.setting("seats").map(basis -> seatsOf(basis, msp)).orElse(seats);
		return new ReconProperties(msp.inputDir(), outputDir, timeZone, mspSeats, chunkSize, mspCurrency);
	}

	private static Currency currencyOf(String code, MspSettings msp) {
		try {
			return Currency.getInstance(code.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(msp.origin() + ": currency '" + code + "' is not an ISO 4217 code "
					+ "(e.g. USD, EUR, GBP)");
		}
	}

	private static SeatBasis seatsOf(String basis, MspSettings msp) {
		try {
			return SeatBasis.valueOf(basis.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(msp.origin() + ": seats '" + basis + "' is neither ACTUAL_WHEN_KNOWN "
					+ "nor CONTRACTED");
		}
	}

	/** R4: the seat count billed for a vendor account. */
	public enum SeatBasis {

		/** {@code actual_users} when the vendor account has it, else the contracted {@code user_count}. */
		ACTUAL_WHEN_KNOWN,

		/** Always the contracted {@code user_count}. */
		CONTRACTED

	}

}
