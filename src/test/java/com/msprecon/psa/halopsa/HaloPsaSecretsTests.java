package com.msprecon.psa.halopsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ApiJson;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The HaloPSA source as the application wires it: chosen by {@code recon.psa.source}, the client secret read from
 * a mounted file ({@code configtree:}), and neither the secret nor the access token in any log line (all at
 * DEBUG) or exception message.
 */
@ExtendWith(OutputCaptureExtension.class)
class HaloPsaSecretsTests {

	private final FakeHaloPsa halo = new FakeHaloPsa().client(json("{\"id\":101,\"name\":\"Client 1\"}"))
		.contract(101, json("{\"id\":21,\"client_id\":101,\"ref\":\"MSA\",\"active\":true}"))
		.invoice(101, json("{\"id\":501,\"contract_id\":21,\"lines\":[{\"id\":9001,\"_itemid\":1394,"
				+ "\"item_shortdescription\":\"MC-SEG-USER\",\"qty_order\":4}]}"));

	private final FakeHttpServer server = new FakeHttpServer(halo);

	@TempDir
	Path dir;

	private static ObjectNode json(String json) {
		return (ObjectNode) ApiJson.mapper().readTree(json);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private ConfigurableApplicationContext start(String secret) throws IOException {
		halo.baseUrl = server.baseUrl();
		Path secrets = Files.createDirectories(dir.resolve("secrets/recon/halopsa"));
		Files.writeString(secrets.resolve("client-secret"), secret);
		SpringApplication application = new SpringApplication(Wiring.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--spring.config.import=configtree:" + dir.resolve("secrets") + "/",
				"--recon.psa.source=halopsa-api", "--recon.halopsa.base-url=" + server.baseUrl(),
				"--recon.halopsa.client-id=" + FakeHaloPsa.CLIENT_ID, "--logging.level.root=DEBUG");
	}

	@Test
	void theSourceIsChosenByPropertyAndItsSecretComesFromAMountedFile(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext context = start(FakeHaloPsa.CLIENT_SECRET)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThat(source).isInstanceOf(HaloPsaSource.class);
			assertThat(ChunkedRead.all(source.companies())).hasSize(1);
			assertThat(ChunkedRead.all(source.agreements())).hasSize(1);
			assertThat(ChunkedRead.all(source.additions())).hasSize(1);
			assertThat(context.getBean(HaloPsaProperties.class).toString()).contains("clientSecret=****")
				.doesNotContain(FakeHaloPsa.CLIENT_SECRET);
		}
		assertThat(output).contains("HaloPSA access token obtained")
			.doesNotContain(FakeHaloPsa.CLIENT_SECRET)
			.doesNotContain("halo-token-1-abcdef0123456789");
	}

	@Test
	void aRefusedSecretReachesNeitherLogsNorMessages(CapturedOutput output) throws IOException {
		String wrong = "halo-WRONG-but-real-looking-8822";
		try (ConfigurableApplicationContext context = start(wrong)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThatThrownBy(() -> ChunkedRead.all(source.companies()))
				.hasMessageContaining("recon.halopsa.client-secret")
				.satisfies(ex -> assertThat(ex.toString()).doesNotContain(wrong));
		}
		assertThat(output).doesNotContain(wrong);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(HaloPsaProperties.class)
	@Import(HaloPsaSource.class)
	static class Wiring {

		@Bean
		HttpTime httpTime() {
			return new FakeTime().httpTime();
		}

	}

}
