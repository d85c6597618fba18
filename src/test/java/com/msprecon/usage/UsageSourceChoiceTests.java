package com.msprecon.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which usage source the settings choose, and that the old name of the usage file still works. */
class UsageSourceChoiceTests {

	@Test
	void nothingSetMeansNoUsageSource() {
		assertThat(UsageSourceChoice.of(new MockEnvironment())).isEqualTo(UsageProperties.Source.NONE);
	}

	@Test
	void theOldUsageFileSettingSelectsTheFileSource() {
		var environment = new MockEnvironment().withProperty("recon.vendor.usage-file", "/data/usage.csv");
		assertThat(UsageSourceChoice.of(environment)).isEqualTo(UsageProperties.Source.FILE);
		assertThat(UsageSourceChoice.file(environment)).isEqualTo(Path.of("/data/usage.csv"));
	}

	@Test
	void theNewNameWinsOverTheOldAndTheSourceIsReadLeniently() {
		var environment = new MockEnvironment().withProperty("recon.vendor.usage-file", "/old.csv")
			.withProperty("recon.usage.file", "/new.csv")
			.withProperty("recon.usage.source", "microsoft-graph");
		assertThat(UsageSourceChoice.of(environment)).isEqualTo(UsageProperties.Source.MICROSOFT_GRAPH);
		assertThat(UsageSourceChoice.file(environment)).isEqualTo(Path.of("/new.csv"));
	}

}
