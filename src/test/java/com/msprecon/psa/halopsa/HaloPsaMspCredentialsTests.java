package com.msprecon.psa.halopsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.ReconProperties;
import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.http.ApiJson;
import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.job.MspSources;
import com.msprecon.mapping.FileMappingTables;
import com.msprecon.msp.MspDirectory;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.usage.NoUsageSource;
import com.msprecon.vendor.file.CsvVendorAccountSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
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
		Path secrets = Files.createDirectories(msps.resolve("acme").resolve("secrets"));
		Files.writeString(secrets.resolve("recon.halopsa.client-secret"), FakeHaloPsa.CLIENT_SECRET + "\n");
		Files.createDirectories(msps.resolve("other"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("installation", Map.of("recon.halopsa.base-url", server.baseUrl(),
					"recon.halopsa.client-id", FakeHaloPsa.CLIENT_ID, "recon.halopsa.client-secret",
					"the-installations-secret", "recon.halopsa.http.max-retries", "0")));
		HaloPsaProperties installation = new Binder(ConfigurationPropertySources.get(environment))
			.bindOrCreate(HaloPsaProperties.PREFIX, HaloPsaProperties.class);
		PsaSource installationSource = new HaloPsaSource(installation, time.httpTime());
		MspSources sources = new MspSources(new MspDirectory(msps, null),
				new ReconProperties(msps, msps.resolve("out"), ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100,
						Currency.getInstance("USD")),
				new CsvVendorAccountSource(msps), installationSource, new NoUsageSource(), new FileMappingTables(msps),
				environment);

		assertThat(ChunkedRead.all(sources.of("acme").psa().companies())).extracting(row -> row.value().companyId())
			.containsExactly("101");

		PsaSource other = sources.of("other").psa();
		assertThat(other).isSameAs(installationSource);
		assertThatThrownBy(() -> ChunkedRead.<PsaCompany>all(other.companies())).hasMessageContaining("401");
	}

}
