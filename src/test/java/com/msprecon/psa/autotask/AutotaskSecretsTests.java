package com.msprecon.psa.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ChunkedRead;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpTime;
import com.msprecon.psa.PsaSource;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The Autotask source as the application wires it: chosen by {@code recon.psa.source}, the as-of date from the
 * run, the secret and the tracking identifier read from mounted files ({@code configtree:}), and neither in any
 * log line (all at DEBUG) or exception message.
 */
@ExtendWith(OutputCaptureExtension.class)
class AutotaskSecretsTests {

	private final FakeAutotask autotask = new FakeAutotask()
		.add("Companies", "{\"id\":101,\"companyName\":\"Company 1\",\"companyType\":1,\"isActive\":true}")
		.add("Contracts", "{\"id\":201,\"companyID\":101,\"contractType\":7,\"status\":1}")
		.add("Services", "{\"id\":77,\"name\":\"MC-SEG-USER\"}")
		.add("ContractServiceUnits", "{\"id\":1,\"contractID\":201,\"contractServiceID\":301,\"serviceID\":77,"
				+ "\"startDate\":\"2026-11-01T00:00:00\",\"endDate\":\"2026-11-30T00:00:00\",\"units\":4}");

	private final FakeHttpServer server = new FakeHttpServer(autotask);

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		server.close();
	}

	private ConfigurableApplicationContext start(String secret) throws IOException {
		autotask.baseUrl = server.baseUrl();
		Path secrets = Files.createDirectories(dir.resolve("secrets/recon/autotask"));
		Files.writeString(secrets.resolve("secret"), secret);
		Files.writeString(secrets.resolve("integration-code"), FakeAutotask.INTEGRATION_CODE);
		SpringApplication application = new SpringApplication(Wiring.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run("--spring.config.import=configtree:" + dir.resolve("secrets") + "/",
				"--recon.psa.source=autotask-api",
				"--recon.autotask.zone-url=" + server.baseUrl() + FakeAutotask.ZONE_PATH + "/",
				"--recon.autotask.username=" + FakeAutotask.USERNAME, "--logging.level.root=DEBUG");
	}

	@Test
	void theSourceIsChosenByPropertyAndItsSecretComesFromAMountedFile(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext context = start(FakeAutotask.SECRET)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThat(source).isInstanceOf(AutotaskPsaSource.class);
			assertThat(ChunkedRead.all(source.companies())).hasSize(1);
			assertThat(ChunkedRead.all(source.agreements())).hasSize(1);
			assertThat(ChunkedRead.all(source.additions())).singleElement()
				.satisfies(row -> assertThat(row.value().quantity()).isEqualByComparingTo("4"));
			assertThat(context.getBean(AutotaskProperties.class).toString()).contains("secret=****")
				.doesNotContain(FakeAutotask.SECRET)
				.doesNotContain(FakeAutotask.INTEGRATION_CODE);
		}
		assertThat(output).contains("Autotask zone").doesNotContain(FakeAutotask.SECRET)
			.doesNotContain(FakeAutotask.INTEGRATION_CODE);
	}

	@Test
	void aRefusedSecretReachesNeitherLogsNorMessages(CapturedOutput output) throws IOException {
		String wrong = "at-WRONG-but-real-looking-8822";
		try (ConfigurableApplicationContext context = start(wrong)) {
			PsaSource source = context.getBean(PsaSource.class);
			assertThatThrownBy(() -> ChunkedRead.all(source.companies())).hasMessageContaining("recon.autotask.secret")
				.satisfies(ex -> assertThat(ex.toString()).doesNotContain(wrong));
		}
		assertThat(output).doesNotContain(wrong).doesNotContain(FakeAutotask.INTEGRATION_CODE);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AutotaskProperties.class)
	@Import(AutotaskPsaSource.class)
	static class Wiring {

		@Bean
		HttpTime httpTime() {
			return new FakeTime().httpTime();
		}

		@Bean
		RunContext runContext() {
			return new RunContext(1, "reconciliationJob", RunKey.of(LocalDate.of(2026, 11, 15), 1));
		}

	}

}
