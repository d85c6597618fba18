package com.msprecon.vendor.mimecast;

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
import com.msprecon.psa.file.CsvPsaSource;
import com.msprecon.usage.NoUsageSource;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
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

/**
 * docs/rules.md §4.4: an MSP with a Mimecast API application of its own (its client secret in its
 * {@code secrets/} directory) reads its accounts with it; an MSP without one reads with the installation's.
 * The fake accepts only the MSP's secret.
 */
class MimecastMspCredentialsTests {

	private final FakeMimecast mimecast = FakeMimecast.withThreeAccounts();

	private final FakeHttpServer server = new FakeHttpServer(mimecast);

	private final FakeTime time = new FakeTime();

	@TempDir
	Path msps;

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anMspWithItsOwnClientSecretReadsWithItAndAnotherWithTheInstallations() throws Exception {
		Path secrets = Files.createDirectories(msps.resolve("acme").resolve("secrets"));
		Files.writeString(secrets.resolve("recon.mimecast.client-secret"), FakeMimecast.CLIENT_SECRET + "\n");
		Files.createDirectories(msps.resolve("other"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("installation",
					Map.of("recon.mimecast.base-url", server.baseUrl(), "recon.mimecast.client-id",
							FakeMimecast.CLIENT_ID, "recon.mimecast.client-secret", "the-installations-secret",
							"recon.mimecast.account-codes", String.join(",", mimecast.accountCodes()),
							"recon.mimecast.http.max-retries", "0")));
		MimecastProperties installation = new Binder(ConfigurationPropertySources.get(environment))
			.bindOrCreate(MimecastProperties.PREFIX, MimecastProperties.class);
		VendorAccountSource installationSource = new MimecastVendorAccountSource(installation, time.httpTime());
		MspSources sources = new MspSources(new MspDirectory(msps, null),
				new ReconProperties(msps, msps.resolve("out"), ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100,
						Currency.getInstance("USD")),
				installationSource, new CsvPsaSource(msps), new NoUsageSource(), new FileMappingTables(msps),
				environment);

		VendorAccountSource acme = sources.of("acme").vendor();
		assertThat(ChunkedRead.all(acme.reader())).extracting(row -> row.value().accountCode())
			.containsExactlyElementsOf(mimecast.accountCodes());

		VendorAccountSource other = sources.of("other").vendor();
		assertThat(other).isSameAs(installationSource);
		assertThatThrownBy(() -> ChunkedRead.<VendorAccount>all(other.reader())).hasMessageContaining("401");
		assertThat(sources.of("acme").inputs().own(MimecastProperties.PREFIX, MimecastProperties.class)
			.orElseThrow()
			.toString()).doesNotContain(FakeMimecast.CLIENT_SECRET);
	}

}
