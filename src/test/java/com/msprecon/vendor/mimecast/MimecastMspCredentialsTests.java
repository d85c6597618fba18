package com.msprecon.vendor.mimecast;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.job.MspSources;
import com.msprecon.support.MspCredentialsFixture;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		MspCredentialsFixture fixture = new MspCredentialsFixture(msps, "recon.mimecast.client-secret",
				FakeMimecast.CLIENT_SECRET, Map.of("recon.mimecast.base-url", server.baseUrl(),
						"recon.mimecast.client-id", FakeMimecast.CLIENT_ID, "recon.mimecast.client-secret",
						"the-installations-secret", "recon.mimecast.account-codes",
						String.join(",", mimecast.accountCodes()), "recon.mimecast.http.max-retries", "0"));
		VendorAccountSource installationSource = new MimecastVendorAccountSource(
				fixture.installation(MimecastProperties.PREFIX, MimecastProperties.class), time.httpTime());
		MspSources sources = fixture.sources(installationSource, null);

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
