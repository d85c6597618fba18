package com.msprecon.psa.connectwise;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.job.MspSources;
import com.msprecon.psa.PsaChangeSink;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.support.MspCredentialsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/rules.md §4.4: an MSP with ConnectWise credentials of its own (files in its {@code secrets/} directory)
 * reads with them, and the writer of the apply job is bound to them too; an MSP without reads with the
 * installation's. The fake accepts only the MSP's
 * private key, so a read with the installation's key is refused.
 */
class ConnectWiseMspCredentialsTests {

	private final FakeConnectWise connectWise = new FakeConnectWise();

	private final FakeHttpServer server = new FakeHttpServer(connectWise);

	private final FakeTime time = new FakeTime();

	@TempDir
	Path msps;

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anMspWithItsOwnCredentialsReadsWithThemAndAnotherWithTheInstallations() throws Exception {
		connectWise.baseUrl = server.baseUrl();
		connectWise.company(101, "CO1", "Company 1", "Active").company(102, "CO2", "Company 2", "Active");
		MspCredentialsFixture fixture = new MspCredentialsFixture(msps, "recon.connectwise.private-key",
				FakeConnectWise.PRIVATE_KEY, Map.of("recon.connectwise.base-url",
						server.baseUrl() + FakeConnectWise.PREFIX, "recon.connectwise.company-id",
						FakeConnectWise.COMPANY, "recon.connectwise.public-key", FakeConnectWise.PUBLIC_KEY,
						"recon.connectwise.private-key", "the-installations-key", "recon.connectwise.client-id",
						FakeConnectWise.CLIENT_ID, "recon.connectwise.http.max-retries", "0"));
		ConnectWiseProperties installation = fixture.installation(ConnectWiseProperties.PREFIX,
				ConnectWiseProperties.class);
		PsaSource installationSource = new ConnectWisePsaSource(installation, time.httpTime());
		MspSources sources = fixture.sources(null, installationSource);

		PsaSource acme = sources.of("acme").psa();
		assertThat(ChunkedRead.all(acme.companies())).extracting(row -> row.value().companyId())
			.containsExactly("101", "102");
		assertThat(server.requests(FakeConnectWise.PREFIX + "/company/companies")).allSatisfy(request -> assertThat(
				request.header("Authorization")).isEqualTo(FakeConnectWise.basicAuth(FakeConnectWise.PRIVATE_KEY)));

		// the apply job's writer for the MSP reads (and so would write) with the MSP's key
		connectWise.agreement(201, 101, "MSA 1", "Active").addition(301, 201, "MC-SEG-USER", "40");
		PsaChangeSink installationSink = new ConnectWiseChangeSink(new ConnectWiseApi(installation, time.httpTime()),
				new ConnectWiseWriteProperties("serialNumber", 50, "Billable"));
		PsaChangeSink acmeSink = installationSink.forMsp(sources.of("acme").inputs());
		assertThat(acmeSink.readAddition("201", "301")).hasValueSatisfying(
				live -> assertThat(live.quantity()).isEqualByComparingTo("40"));
		assertThatThrownBy(() -> installationSink.readAddition("201", "301")).hasMessageContaining("401");
		assertThat(installationSink.forMsp(sources.of("other").inputs())).isSameAs(installationSink);
		PsaSource other = sources.of("other").psa();
		assertThat(other).as("no credentials of its own: the installation's source").isSameAs(installationSource);
		assertThatThrownBy(() -> ChunkedRead.<PsaCompany>all(other.companies())).hasMessageContaining("401");
		// a misspelt name is refused, not silently ignored (the MSP would read the installation's account)
		Path typo = Files.createDirectories(msps.resolve("typo").resolve("secrets"));
		Files.writeString(typo.resolve("recon.conectwise.private-key"), FakeConnectWise.PRIVATE_KEY);
		assertThatThrownBy(() -> sources.of("typo")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("recon.conectwise.private-key is not a setting of an API source");
		// the MSP's key is masked wherever its settings are shown
		assertThat(sources.of("acme").inputs().own(ConnectWiseProperties.PREFIX, ConnectWiseProperties.class)
			.orElseThrow()
			.toString()).doesNotContain(FakeConnectWise.PRIVATE_KEY);
	}

}
