package com.msprecon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestSchemasTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void aNameCarriesItsCreationTimeAndFitsPostgresql() {
		String name = TestSchemas.name("PSA_" + "a_very_long_run_name_".repeat(4), NOW, "0a1b2c3d");
		assertThat(name).startsWith("recon_test_" + NOW.getEpochSecond() + "_0a1b2c3d_psa_a_very_long").hasSize(63);
		assertThat(TestSchemas.isStale(name, NOW)).as("new").isFalse();
		assertThat(TestSchemas.isStale(name, NOW.plus(TestSchemas.STALE).plusSeconds(1))).isTrue();
	}

	@Test
	void onlyTestSchemasOlderThanAnySuiteAreStale() {
		long sevenHoursAgo = NOW.minusSeconds(7 * 3600).getEpochSecond();
		long anHourAgo = NOW.minusSeconds(3600).getEpochSecond();
		assertThat(TestSchemas.isStale("recon_test_" + sevenHoursAgo + "_0a1b2c3d_context", NOW)).isTrue();
		assertThat(TestSchemas.isStale("recon_test_" + anHourAgo + "_0a1b2c3d_context", NOW)).isFalse();
		assertThat(TestSchemas.isStale("bench_" + sevenHoursAgo, NOW)).as("not a test's").isFalse();
		assertThat(TestSchemas.isStale("public", NOW)).isFalse();
		assertThat(TestSchemas.isStale("recon_test_results", NOW)).as("no time in it").isFalse();
		assertThat(TestSchemas.isStale("test_" + sevenHoursAgo + "_0a1b2c3d_context", NOW)).as("another project's")
			.isFalse();
	}

	@Test
	void aPurposeMustBeSafeUnquoted() {
		assertThatThrownBy(() -> TestSchemas.name("psa-run", NOW, "0a1b2c3d")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TestSchemas.name("x; drop", NOW, "0a1b2c3d"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
