package com.msprecon.usage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.msprecon.input.MspInputs;
import com.msprecon.input.MspInputs.OwnSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md §4.4: one usage file for the one input directory, each MSP's own with a directory per MSP. */
class UsageFileSourceTests {

	@Test
	void withOneInputDirectoryTheUsageFileIsTheOneConfigured() {
		UsageFileSource source = new UsageFileSource(Path.of("data/usage.csv"));

		assertThat(source.forMsp(MspInputs.of("default", Path.of("jobs/demo")))).isSameAs(source);
	}

	@Test
	void withADirectoryPerMspEachMspReadsTheFileOfThatNameInItsDirectory() {
		UsageFileSource source = new UsageFileSource(Path.of("usage.csv"));

		assertThat(source.forMsp(new MspInputs("acme", Path.of("/msps/acme"), true, OwnSettings.NONE)).inputs())
			.singleElement()
			.satisfies(input -> assertThat(input.file()).isEqualTo(Path.of("/msps/acme/usage.csv")));
	}

	@Test
	void oneAbsoluteFileForEveryMspIsRefused() {
		UsageFileSource source = new UsageFileSource(Path.of("/data/usage.csv"));

		assertThatIllegalStateException()
			.isThrownBy(() -> source.forMsp(new MspInputs("acme", Path.of("/msps/acme"), true, OwnSettings.NONE)))
			.withMessageContaining("recon.usage.file names one file (/data/usage.csv) for every MSP");
	}

}
