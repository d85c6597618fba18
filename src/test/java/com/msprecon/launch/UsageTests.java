package com.msprecon.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The usage text and the check of the settings (issue 13 item 7). */
class UsageTests {

	private final SettingsCheck settings = SettingsCheck.ofThisApplication();

	@Test
	void theUsageNamesEveryCommandEveryExitCodeAndOnlySettingsThatExist() {
		String usage = Usage.text();
		for (String command : OperatorCommands.NAMES) {
			assertThat(usage).containsPattern("\n  " + command + " ");
		}
		assertThat(usage).contains("\n  run ", "\n  match-only ", "\n  help ", "--help", "-h");
		for (String code : List.of("0", "1", "3", "4", "5", "143")) {
			assertThat(usage).containsPattern("\n  " + code + " +\\S");
		}
		var names = Pattern.compile("(?<![\\w-])recon\\.[a-z.-]+[a-z]").matcher(usage).results()
			.map(m -> m.group())
			.toList();
		assertThat(names).contains("recon.input-dir", "recon.chunk-size", "recon.shutdown-timeout")
			.allSatisfy(name -> assertThat(settings.isKnown(name)).as(name).isTrue());
	}

	@Test
	void theValidNamesComeFromThePropertiesRecordsIncludingNestedOnes() {
		assertThat(settings.names()).contains("recon.input-dir", "recon.output-dir", "recon.time-zone",
				"recon.delivery.mail-to", "recon.metrics.pushgateway-url", "recon.mimecast.client-secret",
				"recon.mimecast.http.max-attempts", "recon.connectwise.http.read-timeout", "recon.vendor.source");
		assertThat(settings.isKnown("recon.mimecast.account-codes[2]")).as("a list's index").isTrue();
		assertThat(settings.isKnown("recon.inputDir")).as("relaxed binding").isTrue();
	}

	@Test
	void anUnknownSettingIsNamedWithTheClosestValidOne() {
		var environment = new MockEnvironment().withProperty("recon.input-dirr", "/data/in")
			.withProperty("recon.chunk-size", "5")
			.withProperty("recon.test.fail-at", "x:1")
			.withProperty("recon.mimecast.http.max-atempts", "3")
			.withProperty("recon.zzz", "1");

		assertThat(settings.unknownSettings(environment)).containsExactly(
				"unknown setting 'recon.input-dirr'; did you mean 'recon.input-dir'? (see --help for the main settings)",
				"unknown setting 'recon.mimecast.http.max-atempts'; did you mean 'recon.mimecast.http.max-attempts'? "
						+ "(see --help for the main settings)",
				"unknown setting 'recon.zzz' (see --help for the main settings)");
	}

}
