package com.msprecon.psa.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpTime;
import com.msprecon.psa.PsaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The ConnectWise source as the application wires it: chosen by {@code recon.psa.source}, the private key read
 * from a mounted file ({@code configtree:}), and neither the key nor the Basic credential in any log line (all
 * at DEBUG) or exception message.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectWiseSecretsTests {

	private final FakeConnectWise connectWise = new FakeConnectWise().company(101, "CO1", "Company 1", "Active")
		.agreement(201, 101, "MSA", "Active")
		.addition(301, 201, "MC-SEG-USER", "4");

	private final FakeHttpServer server = new FakeHttpServer(connectWise);

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		server.close();
	}

	private ConfigurableApplicationContext start(String privateKey) throws IOException {
		connectWise.baseUrl = server.baseUrl();
		Path secrets = Files.createDirectories(dir.resolve("secrets/recon/connectwise"));
		Files.writeString(secrets.resolve("private-key"), privateKey);
		SpringApplication application = new SpringApplication(Wiring.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--spring.config.import=configtree:" + dir.resolve("secrets") + "/",
				"--recon.psa.source=connectwise-api",
				"--recon.connectwise.base-url=" + server.baseUrl() + FakeConnectWise.PREFIX,
				"--recon.connectwise.company-id=" + FakeConnectWise.COMPANY,
				"--recon.connectwise.public-key=" + FakeConnectWise.PUBLIC_KEY,
				"--recon.connectwise.client-id=" + FakeConnectWise.CLIENT_ID, "--logging.level.root=DEBUG");
	}

	@Test
	void theSourceIsChosenByPropertyAndItsKeyComesFromAMountedFile(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext context = start(FakeConnectWise.PRIVATE_KEY)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThat(source).isInstanceOf(ConnectWisePsaSource.class);
			assertThat(ChunkedRead.all(source.companies())).hasSize(1);
			assertThat(ChunkedRead.all(source.agreements())).hasSize(1);
			assertThat(ChunkedRead.all(source.additions())).hasSize(1);
			assertThat(context.getBean(ConnectWiseProperties.class).toString()).contains("privateKey=****")
				.doesNotContain(FakeConnectWise.PRIVATE_KEY);
		}
		assertThat(output).doesNotContain(FakeConnectWise.PRIVATE_KEY)
			.doesNotContain(FakeConnectWise.basicAuth(FakeConnectWise.PRIVATE_KEY).substring(6));
	}

	@Test
	void aRefusedKeyReachesNeitherLogsNorMessages(CapturedOutput output) throws IOException {
		String wrongKey = "cw-WRONG-but-real-looking-8822";
		try (ConfigurableApplicationContext context = start(wrongKey)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThatThrownBy(() -> ChunkedRead.all(source.companies()))
				.hasMessageContaining("recon.connectwise.private-key")
				.satisfies(ex -> assertThat(ex.toString()).doesNotContain(wrongKey));
		}
		assertThat(output).doesNotContain(wrongKey)
			.doesNotContain(FakeConnectWise.basicAuth(wrongKey).substring(6));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ConnectWiseProperties.class)
	@Import(ConnectWisePsaSource.class)
	static class Wiring {

		@Bean
		HttpTime httpTime() {
			return new FakeTime().httpTime();
		}

	}

}
