package com.msprecon.psa.autotask;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.job.MspSources;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.support.MspCredentialsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/rules.md §4.4: an MSP with an Autotask API user of its own (its secret in its {@code secrets/} directory)
 * reads with it; an MSP without one reads with the installation's. The fake accepts only the MSP's secret.
 */
class AutotaskMspCredentialsTests {

	private final FakeAutotask autotask = new FakeAutotask();

	private final FakeHttpServer server = new FakeHttpServer(autotask);

	private final FakeTime time = new FakeTime();

	@TempDir
	Path msps;

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anMspWithItsOwnClientSecretReadsWithItAndAnotherWithTheInstallations() throws Exception {
		autotask.baseUrl = server.baseUrl();
		autotask.add("Companies", "{\"id\":101,\"companyName\":\"Company 1\",\"companyNumber\":\"CO1\","
				+ "\"isActive\":true,\"companyType\":1}");
		MspCredentialsFixture fixture = new MspCredentialsFixture(msps, "recon.autotask.secret", FakeAutotask.SECRET,
				Map.of("recon.autotask.zone-url", server.baseUrl() + FakeAutotask.ZONE_PATH + "/",
						"recon.autotask.username", FakeAutotask.USERNAME, "recon.autotask.secret",
						"the-installations-secret", "recon.autotask.integration-code", FakeAutotask.INTEGRATION_CODE,
						"recon.autotask.http.max-retries", "0"));
		PsaSource installationSource = new AutotaskPsaSource(
				fixture.installation(AutotaskProperties.PREFIX, AutotaskProperties.class),
				() -> LocalDate.of(2026, 11, 15), time.httpTime());
		MspSources sources = fixture.sources(null, installationSource);

		assertThat(ChunkedRead.all(sources.of("acme").psa().companies())).extracting(row -> row.value().companyId())
			.containsExactly("101");

		PsaSource other = sources.of("other").psa();
		assertThat(other).isSameAs(installationSource);
		assertThatThrownBy(() -> ChunkedRead.<PsaCompany>all(other.companies())).hasMessageContaining("401");
	}

}
