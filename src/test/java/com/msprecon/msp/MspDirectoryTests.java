package com.msprecon.msp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MspDirectoryTests {

	@TempDir
	Path dir;

	@Test
	void withoutADirectoryOfMspsEveryMspReadsTheOneInputDirectory() {
		MspDirectory msps = new MspDirectory(null, Path.of("jobs/demo"));

		assertThat(msps.settingsOf("acme")).isEqualTo(new MspSettings("acme", Path.of("jobs/demo"), Map.of(), null, null));
		assertThat(msps.settingsOf("default").inputDir()).isEqualTo(Path.of("jobs/demo"));
		assertThat(msps.hasMspsDir()).isFalse();
		assertThatIllegalStateException().isThrownBy(msps::msps).withMessageContaining("set recon.msps.dir");
	}

	@Test
	void eachMspHasItsOwnDirectoryAndMaySetItsCurrencyAndSeats() throws Exception {
		Files.createDirectories(dir.resolve("beta"));
		Files.createDirectories(dir.resolve("alpha"));
		Files.writeString(dir.resolve("alpha/msp.properties"),
				"# alpha bills in euros\n\ncurrency = EUR\nseats=CONTRACTED\nmail-to=finance@alpha.example\n");
		MspDirectory msps = new MspDirectory(dir, Path.of("jobs/demo"));

		MspSettings alpha = msps.settingsOf("alpha");
		assertThat(alpha.inputDir()).isEqualTo(dir.resolve("alpha"));
		assertThat(alpha.settings())
			.isEqualTo(Map.of("currency", "EUR", "seats", "CONTRACTED", "mail-to", "finance@alpha.example"));
		assertThat(alpha.origin()).contains("MSP alpha", dir.resolve("alpha/msp.properties").toString());
		assertThat(msps.settingsOf("beta").settings()).isEmpty();
		assertThat(msps.settingsOf("beta").settingsFile()).isNull();
		assertThat(msps.settingsOf("beta").secretsDir()).isEqualTo(dir.resolve("beta/secrets"));
	}

	@Test
	void theMspsAreItsDirectoriesInNameOrderWithoutHiddenOnesAndFiles() throws Exception {
		for (String name : new String[] { "zeta", "alpha", "..data", ".git", "m-3" }) {
			Files.createDirectories(dir.resolve(name));
		}
		Files.writeString(dir.resolve("README.txt"), "not an MSP");

		assertThat(new MspDirectory(dir, null).msps()).containsExactly("alpha", "m-3", "zeta");
	}

	@Test
	void aBadSettingsFileNamesFileLineAndReason() throws Exception {
		Path file = Files.createDirectories(dir.resolve("acme")).resolve("msp.properties");
		MspDirectory msps = new MspDirectory(dir, null);

		Files.writeString(file, "currency=EUR\ncurency=GBP\n");
		assertThatIllegalArgumentException().isThrownBy(() -> msps.settingsOf("acme"))
			.withMessage(file + " line 2: unknown setting 'curency'; an MSP may set currency, mail-to, seats");
		Files.writeString(file, "seats\n");
		assertThatIllegalArgumentException().isThrownBy(() -> msps.settingsOf("acme"))
			.withMessageContaining("line 1: 'seats' is not name=value");
		Files.writeString(file, "seats=CONTRACTED\nseats=CONTRACTED\n");
		assertThatIllegalArgumentException().isThrownBy(() -> msps.settingsOf("acme"))
			.withMessageContaining("line 2: 'seats' is set twice");
	}

}
