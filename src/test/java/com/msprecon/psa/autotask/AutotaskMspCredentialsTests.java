package com.msprecon.psa.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.ReconProperties;
import com.msprecon.ReconProperties.SeatBasis;
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
import java.time.LocalDate;
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
		Path secrets = Files.createDirectories(msps.resolve("acme").resolve("secrets"));
		Files.writeString(secrets.resolve("recon.autotask.secret"), FakeAutotask.SECRET + "\n");
		Files.createDirectories(msps.resolve("other"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("installation", Map.of("recon.autotask.zone-url",
					server.baseUrl() + FakeAutotask.ZONE_PATH + "/", "recon.autotask.username", FakeAutotask.USERNAME,
					"recon.autotask.secret", "the-installations-secret", "recon.autotask.integration-code",
					FakeAutotask.INTEGRATION_CODE, "recon.autotask.http.max-retries", "0")));
		AutotaskProperties installation = new Binder(ConfigurationPropertySources.get(environment))
			.bindOrCreate(AutotaskProperties.PREFIX, AutotaskProperties.class);
		PsaSource installationSource = new AutotaskPsaSource(installation, () -> LocalDate.of(2026, 11, 15),
				time.httpTime());
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
