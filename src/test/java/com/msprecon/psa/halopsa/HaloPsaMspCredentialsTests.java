package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiJson;
import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.job.MspSources;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.support.MspCredentialsFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/rules.md §4.4: an MSP with a HaloPSA API application of its own (its client secret in its {@code secrets/}
 * directory) reads with it; an MSP without one reads with the installation's. The fake accepts only the MSP's
 * secret.
 */
class HaloPsaMspCredentialsTests {

	private final FakeHaloPsa halo = new FakeHaloPsa();

	private final FakeHttpServer server = new FakeHttpServer(halo);

	private final FakeTime time = new FakeTime();

	@TempDir
	Path msps;

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anMspWithItsOwnClientSecretReadsWithItAndAnotherWithTheInstallations() throws Exception {
		halo.baseUrl = server.baseUrl();
		halo.client((ObjectNode) ApiJson.mapper().readTree("{\"id\":101,\"name\":\"Client A\",\"inactive\":false}"));
		MspCredentialsFixture fixture = new MspCredentialsFixture(msps, "recon.halopsa.client-secret",
				FakeHaloPsa.CLIENT_SECRET, Map.of("recon.halopsa.base-url", server.baseUrl(), "recon.halopsa.client-id",
						FakeHaloPsa.CLIENT_ID, "recon.halopsa.client-secret", "the-installations-secret",
						"recon.halopsa.http.max-retries", "0"));
		PsaSource installationSource = new HaloPsaSource(
				fixture.installation(HaloPsaProperties.PREFIX, HaloPsaProperties.class), time.httpTime());
		MspSources sources = fixture.sources(null, installationSource);

		assertThat(ChunkedRead.all(sources.of("acme").psa().companies())).extracting(row -> row.value().companyId())
			.containsExactly("101");

		PsaSource other = sources.of("other").psa();
		assertThat(other).isSameAs(installationSource);
		assertThatThrownBy(() -> ChunkedRead.<PsaCompany>all(other.companies())).hasMessageContaining("401");
	}

}
