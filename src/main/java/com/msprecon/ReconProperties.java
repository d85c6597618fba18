package com.msprecon;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
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

	/** R4: the seat count billed for a vendor account. */
	public enum SeatBasis {

		/** {@code actual_users} when the vendor account has it, else the contracted {@code user_count}. */
		ACTUAL_WHEN_KNOWN,

		/** Always the contracted {@code user_count}. */
		CONTRACTED

	}

}
