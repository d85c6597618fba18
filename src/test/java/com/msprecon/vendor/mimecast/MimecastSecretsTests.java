package com.msprecon.vendor.mimecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpTime;
import com.msprecon.vendor.VendorAccountSource;
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
 * The Mimecast source as the application wires it: chosen by {@code recon.vendor.source}, the secret read from
 * a mounted file ({@code configtree:}), and neither the secret nor an access token in any log line (all at
 * DEBUG) or exception message.
 */
@ExtendWith(OutputCaptureExtension.class)
class MimecastSecretsTests {

	private final FakeMimecast mimecast = FakeMimecast.withThreeAccounts();

	private final FakeHttpServer server = new FakeHttpServer(mimecast);

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		server.close();
	}

	private ConfigurableApplicationContext start(String secret, String source) throws IOException {
		Path secrets = Files.createDirectories(dir.resolve("secrets/recon/mimecast"));
		Files.writeString(secrets.resolve("client-secret"), secret);
		SpringApplication application = new SpringApplication(Wiring.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--spring.config.import=configtree:" + dir.resolve("secrets") + "/",
				"--recon.vendor.source=" + source, "--recon.mimecast.base-url=" + server.baseUrl(),
				"--recon.mimecast.client-id=" + FakeMimecast.CLIENT_ID,
				"--recon.mimecast.account-codes=C10AAA001,C10BBB002", "--recon.mimecast.http.read-timeout=2s",
				"--logging.level.root=DEBUG");
	}

	@Test
	void theSourceIsChosenByPropertyAndItsSecretComesFromAMountedFile(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext context = start(FakeMimecast.CLIENT_SECRET, "mimecast-api")) {
			VendorAccountSource source = context.getBean(VendorAccountSource.class);
			assertThat(source).isInstanceOf(MimecastVendorAccountSource.class);
			assertThat(ChunkedRead.all(source.reader())).hasSize(2);
			assertThat(source.inputs()).singleElement()
				.satisfies(input -> assertThat(input.description()).isEqualTo("Mimecast API " + server.baseUrl()));
			assertThat(context.getBean(MimecastProperties.class).toString()).contains("clientSecret=****")
				.doesNotContain(FakeMimecast.CLIENT_SECRET);
		}
		assertThat(output).contains("Mimecast access token obtained")
			.doesNotContain(FakeMimecast.CLIENT_SECRET)
			.doesNotContain("eyJhbGciOiJIUzI1NiJ9");
	}

	@Test
	void aRefusedSecretReachesNeitherLogsNorMessages(CapturedOutput output) throws IOException {
		String wrongSecret = "mc-WRONG-but-real-looking-4411";
		try (ConfigurableApplicationContext context = start(wrongSecret, "mimecast-api")) {
			VendorAccountSource source = context.getBean(VendorAccountSource.class);
			assertThatThrownBy(() -> ChunkedRead.all(source.reader()))
				.hasMessageContaining("recon.mimecast.client-secret")
				.satisfies(ex -> assertThat(ex.toString()).doesNotContain(wrongSecret))
				.satisfies(ex -> assertThat(String.valueOf(ex.getCause())).doesNotContain(wrongSecret));
		}
		// the fake server echoed the secret in its error description: the client must have masked it
		assertThat(output).doesNotContain(wrongSecret);
	}

	@Test
	void otherSourceValuesLeaveTheBeanOut() throws IOException {
		try (ConfigurableApplicationContext context = start(FakeMimecast.CLIENT_SECRET, "file")) {
			assertThat(context.getBeansOfType(VendorAccountSource.class)).isEmpty();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MimecastProperties.class)
	@Import(MimecastVendorAccountSource.class)
	static class Wiring {

		@Bean
		HttpTime httpTime() {
			return new FakeTime().httpTime();
		}

	}

}
