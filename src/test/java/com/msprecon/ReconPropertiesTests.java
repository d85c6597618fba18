package com.msprecon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.msp.MspSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconPropertiesTests {

	private static final ReconProperties INSTALLATION = new ReconProperties(Path.of("jobs/demo"), Path.of("out"),
			ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100, Currency.getInstance("USD"));

	@Test
	void anMspReadsItsOwnDirectoryAndKeepsTheInstallationsSettingsItDoesNotSet() {
		ReconProperties acme = INSTALLATION.forMsp(new MspSettings("acme", Path.of("/msps/acme"), Map.of(), null, null));

		assertThat(acme).isEqualTo(new ReconProperties(Path.of("/msps/acme"), Path.of("out"), ZoneId.of("UTC"),
				SeatBasis.ACTUAL_WHEN_KNOWN, 100, Currency.getInstance("USD")));
	}

	@Test
	void anMspsOwnCurrencyAndSeatBasisReplaceTheInstallations() {
		ReconProperties acme = INSTALLATION.forMsp(new MspSettings("acme", Path.of("/msps/acme"),
				Map.of("currency", "eur", "seats", "contracted"), Path.of("/msps/acme/msp.properties"), null));

		assertThat(acme.currency()).isEqualTo(Currency.getInstance("EUR"));
		assertThat(acme.seats()).isEqualTo(SeatBasis.CONTRACTED);
		assertThat(acme.outputDir()).isEqualTo(Path.of("out"));
	}

	@Test
	void aBadValueNamesTheMspsSettingsFile() {
		MspSettings badCurrency = new MspSettings("acme", Path.of("/m/acme"), Map.of("currency", "EURO"),
				Path.of("/m/acme/msp.properties"), null);
		MspSettings badSeats = new MspSettings("acme", Path.of("/m/acme"), Map.of("seats", "ALL"),
				Path.of("/m/acme/msp.properties"), null);

		assertThatIllegalArgumentException().isThrownBy(() -> INSTALLATION.forMsp(badCurrency))
			.withMessage("the settings of MSP acme (/m/acme/msp.properties): currency 'EURO' is not an ISO 4217 "
					+ "code (e.g. USD, EUR, GBP)");
		assertThatIllegalArgumentException().isThrownBy(() -> INSTALLATION.forMsp(badSeats))
			.withMessageContaining("seats 'ALL' is neither ACTUAL_WHEN_KNOWN nor CONTRACTED");
	}

}
