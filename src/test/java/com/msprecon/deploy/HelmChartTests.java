package com.msprecon.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.msprecon.delivery.DeliveryProperties;
import com.msprecon.metrics.MetricsProperties;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders and lints the Helm chart in {@code helm/licence-recon} with the Helm library that helm-java bundles
 * (no {@code helm} binary is needed), and checks the rendered CronJob against what the operator relies on.
 */
class HelmChartTests {

	/** The oldest Kubernetes the chart supports (Job podFailurePolicy is GA since 1.31); helm's default is 1.20. */
	private static final String KUBE_VERSION = "1.31.0";

	private static final Path CHART = Path.of("helm", "licence-recon");

	/** What an MSP must add to the defaults for runs that can work; every render starts from it. */
	private static final Path MINIMAL_VALUES = Path.of("src", "test", "resources", "helm", "values-minimal.yaml");

	private static final Path PRODUCTION_VALUES = Path.of("src", "test", "resources", "helm", "values-production.yaml");

	private static final String STARTTLS_ENABLE = "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE";

	private static final String STARTTLS_REQUIRED = "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED";

	private static final Pattern CREDENTIAL_NAME = Pattern
		.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE|PUBLIC_KEY|CLIENT_ID|USERNAME).*");

	@Test
	void lintPassesInStrictModeOnceTheValuesCanWork(@TempDir Path tmp) throws IOException {
		// helm lint takes the chart's own values only: lint a copy whose defaults are the minimal working values
		Path chart = copyOfTheChart(tmp);
		Path values = chart.resolve("values.yaml");
		String defaults = Files.readString(values, StandardCharsets.UTF_8);
		String working = defaults.replace("allowEmptyServiceMap: false", "allowEmptyServiceMap: true")
			.replace("  # -- Existing PersistentVolumeClaim with the input CSV files.\n  existingClaim: \"\"",
					"  # -- Existing PersistentVolumeClaim with the input CSV files.\n  existingClaim: recon-input");
		assertThat(working).isNotEqualTo(defaults);
		Files.writeString(values, working, StandardCharsets.UTF_8);
		LintResult result = new Helm(chart).lint().strict().call();
		assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
	}

	/** Issue 13 item 10: the defaults failed every month; now they are refused, saying what to set. */
	@Test
	void valuesThatCannotWorkAreRefused() {
		LintResult defaults = new Helm(CHART).lint().strict().call();
		assertThat(defaults.isFailed()).as("the chart's own defaults").isTrue();
		assertThatThrownBy(() -> renderOnTop(t -> t.set("mappings.allowEmptyServiceMap", true)))
			.as("file sources without an input volume").hasMessageContaining("/input");
		assertThatThrownBy(() -> renderOnTop(t -> t.set("input.existingClaim", "recon-input")))
			.as("the chart's header-only service map")
			.hasMessageContaining("service-map.csv has only its header")
			.hasMessageContaining("mappings.allowEmptyServiceMap=true");
		// API sources need no input volume; a service map of the MSP's own is not the chart's to check
		assertThat(renderOnTop(t -> t.set("recon.vendorSource", "mimecast-api")
			.set("mimecast.existingSecret", "mc")
			.set("recon.psaSource", "connectwise-api")
			.set("connectwise.existingSecret", "cw")
			.set("connectwise.baseUrl", "https://api-na.myconnectwise.net/v4_6_release/apis/3.0")
			.set("mappings.existingConfigMap", "msp-mapping-tables"))).extracting(d -> d.get("kind"))
			.containsExactlyInAnyOrder("ServiceAccount", "CronJob", "CronJob", "CronJob", "CronJob", "CronJob", "CronJob");
	}

	@Test
	void minimalValuesRenderTheScheduledRun() {
		List<Map<String, Object>> docs = render(UnaryOperator.identity());
		assertThat(withoutOps(docs)).extracting(d -> d.get("kind")).containsExactlyInAnyOrder("ServiceAccount", "ConfigMap", "CronJob");

		Map<String, Object> cronJob = scheduled(docs);
		assertThat(at(cronJob, "metadata.name")).isEqualTo("recon-licence-recon");
		assertThat(labels(cronJob)).containsEntry("app.kubernetes.io/name", "licence-recon")
			.containsEntry("app.kubernetes.io/instance", "recon")
			.containsEntry("app.kubernetes.io/managed-by", "Helm")
			.containsKeys("helm.sh/chart", "app.kubernetes.io/version");

		assertThat(scheduling(cronJob)).isEqualTo(Map.of("schedule", "30 6 25 * *", "timeZone", "Europe/London",
				"concurrencyPolicy", "Forbid", "suspend", false, "startingDeadlineSeconds", 3600,
				"successfulJobsHistoryLimit", 3, "failedJobsHistoryLimit", 5));

		Map<String, Object> job = map(at(cronJob, "spec.jobTemplate.spec"));
		assertThat(job).containsEntry("backoffLimit", 1)
			.containsEntry("activeDeadlineSeconds", 14400)
			.containsEntry("ttlSecondsAfterFinished", 604800);
		assertPodFailurePolicy(job);

		Map<String, Object> pod = map(at(job, "template.spec"));
		assertThat(pod).containsEntry("restartPolicy", "Never")
			.containsEntry("serviceAccountName", "recon-licence-recon")
			.containsEntry("automountServiceAccountToken", false)
			.containsEntry("terminationGracePeriodSeconds", 120);
		assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true)
			.containsEntry("runAsUser", 65532)
			.containsEntry("fsGroup", 65532)
			.containsEntry("seccompProfile", Map.of("type", "RuntimeDefault"));

		Map<String, Object> container = container(pod);
		assertThat(container).containsEntry("name", "recon")
			.containsEntry("image", "registry.example.com/msp/licence-recon:0.1.0-SNAPSHOT")
			.containsEntry("args", List.of("run"));
		assertHardenedContainer(container);
		assertThat(map(container.get("resources"))).containsEntry("limits", Map.of("memory", "1536Mi"));

		Map<String, Object> env = env(container);
		assertSecretRef(env, "SPRING_DATASOURCE_URL", "licence-recon-db", "url");
		assertSecretRef(env, "SPRING_DATASOURCE_USERNAME", "licence-recon-db", "username");
		assertSecretRef(env, "SPRING_DATASOURCE_PASSWORD", "licence-recon-db", "password");
		assertThat(env).containsEntry("RECON_INPUT_DIR", "/data/input")
			.containsEntry("RECON_OUTPUT_DIR", "/data/output")
			.containsEntry("RECON_TIME_ZONE", "Europe/London")
			.containsEntry("RECON_VENDOR_SOURCE", "file")
			.containsEntry("RECON_PSA_SOURCE", "file")
			.containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
			.containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
					+ " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
			.doesNotContainKeys("RECON_MIMECAST_CLIENT_SECRET", "RECON_CONNECTWISE_PRIVATE_KEY",
					"RECON_METRICS_PUSHGATEWAYURL");
		// mail is off by default: no SMTP server, no recipients, no sender, no TLS setting
		assertThat(env.keySet()).noneMatch(name -> name.startsWith("SPRING_MAIL_") || name.startsWith("RECON_DELIVERY_"));

		// file sources: the input PVC, with the mapping tables of the chart's ConfigMap mounted into it
		Map<String, Object> volumes = byName(list(pod.get("volumes")));
		assertThat(volumes).containsOnlyKeys("tmp", "input", "mappings", "output");
		assertThat(map(volumes.get("tmp"))).containsEntry("emptyDir", Map.of("sizeLimit", "2Gi"));
		assertThat(at(map(volumes.get("input")), "persistentVolumeClaim.claimName")).isEqualTo("recon-input");
		assertThat(at(map(volumes.get("mappings")), "configMap.name")).isEqualTo("recon-licence-recon-mappings");
		assertThat(map(volumes.get("output"))).containsEntry("emptyDir", Map.of("sizeLimit", "1Gi"));
		assertThat(mounts(container)).containsEntry("/tmp", "tmp")
			.containsEntry("/data/input", "input")
			.containsEntry("/data/input/account-map.csv", "mappings")
			.containsEntry("/data/input/service-map.csv", "mappings")
			.containsEntry("/data/output", "output");

		Map<String, Object> configMap = only(docs, "ConfigMap");
		assertThat(at(configMap, "metadata.name")).isEqualTo("recon-licence-recon-mappings");
		assertThat(map(configMap.get("data"))).containsOnlyKeys("account-map.csv", "service-map.csv");
		assertThat((String) at(configMap, "data.account-map.csv")).startsWith("vendor_account_code,psa_company_id,note");
		assertThat((String) at(configMap, "data.service-map.csv"))
			.startsWith("vendor_package,psa_product_identifier,unit_price,note");
	}

	@Test
	void overrideFileRendersProductionSettings() {
		List<Map<String, Object>> docs = render(t -> t.withValuesFile(PRODUCTION_VALUES));
		// existing ConfigMap and ServiceAccount: the chart makes neither, and never a Secret
		assertThat(withoutOps(docs)).extracting(d -> d.get("kind")).containsExactly("CronJob");

		Map<String, Object> cronJob = scheduled(docs);
		assertThat(scheduling(cronJob)).isEqualTo(Map.of("schedule", "0 7 2 * *", "timeZone", "America/New_York",
				"concurrencyPolicy", "Forbid", "suspend", true, "startingDeadlineSeconds", 7200,
				"successfulJobsHistoryLimit", 6, "failedJobsHistoryLimit", 12));
		Map<String, Object> job = map(at(cronJob, "spec.jobTemplate.spec"));
		assertThat(job).containsEntry("backoffLimit", 2).containsEntry("activeDeadlineSeconds", 21600);
		assertPodFailurePolicy(job);

		Map<String, Object> pod = map(at(job, "template.spec"));
		assertThat(pod).containsEntry("restartPolicy", "Never")
			.containsEntry("serviceAccountName", "recon-runner")
			.containsEntry("terminationGracePeriodSeconds", 300)
			.containsEntry("imagePullSecrets", List.of(Map.of("name", "msp-registry")))
			.containsEntry("nodeSelector", Map.of("workload", "batch"));
		assertThat(map(pod.get("securityContext"))).containsEntry("runAsUser", 10001).containsEntry("runAsNonRoot", true);

		Map<String, Object> container = container(pod);
		assertThat(container).containsEntry("image", "registry.msp.example/finance/licence-recon:1.4.2")
			.containsEntry("imagePullPolicy", "Always")
			.containsEntry("args", List.of("run", "--recon.chunk-size=500"));
		assertHardenedContainer(container);

		Map<String, Object> env = env(container);
		assertThat(env).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://pg.finance.svc:5432/recon")
			.containsEntry("RECON_TIME_ZONE", "America/Chicago")
			.containsEntry("RECON_VENDOR_SOURCE", "mimecast-api")
			.containsEntry("RECON_PSA_SOURCE", "connectwise-api")
			.containsEntry("RECON_MIMECAST_BASE_URL", "https://us-api.services.mimecast.com")
			.containsEntry("RECON_CONNECTWISE_BASE_URL", "https://api-na.myconnectwise.net/v4_6_release/apis/3.0")
			.containsEntry("SPRING_MAIL_HOST", "smtp.msp.example")
			.containsEntry("SPRING_MAIL_PORT", "465")
			.containsEntry("SPRING_MAIL_SSL_ENABLED", "true")
			.containsEntry("RECON_DELIVERY_MAILTO", "finance@msp.example,controller@msp.example")
			.containsEntry("RECON_DELIVERY_MAILFROM", "Licence reconciliation <licence-recon@msp.example>")
			.containsEntry("RECON_METRICS_PUSHGATEWAYURL", "http://pushgateway.monitoring.svc:9091")
			.containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logstash")
			.containsEntry("RECON_SEATS", "CONTRACTED")
			.doesNotContainKeys(STARTTLS_ENABLE, STARTTLS_REQUIRED);
		assertSecretRef(env, "SPRING_DATASOURCE_USERNAME", "recon-pg", "user");
		assertSecretRef(env, "SPRING_DATASOURCE_PASSWORD", "recon-pg", "pass");
		assertSecretRef(env, "RECON_MIMECAST_CLIENT_ID", "mimecast-api-credentials", "client-id");
		assertSecretRef(env, "RECON_MIMECAST_CLIENT_SECRET", "mimecast-api-credentials", "client-secret");
		assertSecretRef(env, "RECON_CONNECTWISE_COMPANY_ID", "connectwise-api-keys", "company-id");
		assertSecretRef(env, "RECON_CONNECTWISE_PUBLIC_KEY", "connectwise-api-keys", "public-key");
		assertSecretRef(env, "RECON_CONNECTWISE_PRIVATE_KEY", "connectwise-api-keys", "private-key");
		assertSecretRef(env, "RECON_CONNECTWISE_CLIENT_ID", "connectwise-api-keys", "client-id");
		assertSecretRef(env, "SPRING_MAIL_USERNAME", "smtp-relay", "username");
		assertSecretRef(env, "SPRING_MAIL_PASSWORD", "smtp-relay", "password");
		assertSecretRef(env, "SOME_API_TOKEN", "other-secret", "token");

		// input PVC with the mapping tables of an existing ConfigMap mounted into it; output on a PVC
		Map<String, Object> volumes = byName(list(pod.get("volumes")));
		assertThat(volumes).containsOnlyKeys("tmp", "input", "mappings", "output");
		assertThat(at(map(volumes.get("input")), "persistentVolumeClaim.claimName")).isEqualTo("recon-input");
		assertThat(at(map(volumes.get("mappings")), "configMap.name")).isEqualTo("msp-mapping-tables");
		assertThat(at(map(volumes.get("output")), "persistentVolumeClaim.claimName")).isEqualTo("finance-share");
		List<Map<String, Object>> mounts = list(container.get("volumeMounts"));
		assertThat(mounts).contains(Map.of("name", "input", "mountPath", "/data/input", "subPath", "msp-42", "readOnly", false),
				Map.of("name", "mappings", "mountPath", "/data/input/account-map.csv", "subPath", "account-map.csv",
						"readOnly", true),
				Map.of("name", "mappings", "mountPath", "/data/input/service-map.csv", "subPath", "service-map.csv",
						"readOnly", true),
				Map.of("name", "output", "mountPath", "/data/output"), Map.of("name", "tmp", "mountPath", "/tmp"));
	}

	@Test
	void mailOnRendersTheSenderAndStartTlsByDefault() {
		Map<String, Object> env = env(scheduledContainer(render(HelmChartTests::mailOn)));
		assertThat(env).containsEntry("SPRING_MAIL_HOST", "smtp.msp.example")
			.containsEntry("SPRING_MAIL_PORT", "587")
			.containsEntry("RECON_DELIVERY_MAILTO", "finance@msp.example")
			.containsEntry("RECON_DELIVERY_MAILFROM", "licence-recon@msp.example")
			.containsEntry(STARTTLS_ENABLE, "true")
			.containsEntry(STARTTLS_REQUIRED, "true")
			.doesNotContainKeys("SPRING_MAIL_SSL_ENABLED", "RECON_DELIVERY_MAIL_TO", "SPRING_MAIL_USERNAME");

		// implicit TLS (port 465): SSL from the first byte, no STARTTLS
		Map<String, Object> ssl = env(scheduledContainer(render(t -> mailOn(t).set("mail.port", 465)
			.set("mail.ssl", true)
			.set("mail.existingSecret", "smtp-relay"))));
		assertThat(ssl).containsEntry("SPRING_MAIL_PORT", "465")
			.containsEntry("SPRING_MAIL_SSL_ENABLED", "true")
			.doesNotContainKeys(STARTTLS_ENABLE, STARTTLS_REQUIRED);
		assertSecretRef(ssl, "SPRING_MAIL_USERNAME", "smtp-relay", "username");
		assertSecretRef(ssl, "SPRING_MAIL_PASSWORD", "smtp-relay", "password");

		// a relay without TLS (port 25 on the node's network) is allowed without a login only
		Map<String, Object> plain = env(scheduledContainer(render(t -> mailOn(t).set("mail.port", 25)
			.set("mail.starttls", false))));
		assertThat(plain).doesNotContainKeys(STARTTLS_ENABLE, STARTTLS_REQUIRED, "SPRING_MAIL_SSL_ENABLED");
		assertThatThrownBy(() -> render(t -> mailOn(t).set("mail.starttls", false).set("mail.existingSecret", "smtp-relay")))
			.hasMessageContaining("in clear");

		assertThatThrownBy(() -> render(t -> mailOn(t).set("mail.from", ""))).hasMessageContaining("from");
		assertThatThrownBy(() -> render(t -> mailOn(t).set("mail.from", "nobody"))).hasMessageContaining("/mail/from");
		assertThatThrownBy(() -> render(t -> mailOn(t).set("mail.ssl", "yes"))).hasMessageContaining("/mail/ssl");
	}

	/**
	 * What the chart renders is what the application reads: the container environment of the mail-on renderings,
	 * given to Spring Boot as its system environment (relaxed binding, the JavaMail map keys included) on top of
	 * application.yaml, configures the mail sender and the delivery settings.
	 */
	@Test
	void renderedMailEnvironmentBindsToTheMailSenderAndTheDeliverySettings() {
		Map<String, Object> startTls = processEnv(scheduledContainer(
				render(t -> mailOn(t).set("mail.to", "finance@msp.example, controller@msp.example")
					.set("mail.existingSecret", "smtp-relay"))));
		applicationWith(startTls).run(context -> {
			assertThat(context).hasNotFailed();
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			assertThat(sender.getHost()).isEqualTo("smtp.msp.example");
			assertThat(sender.getPort()).isEqualTo(587);
			assertThat(sender.getUsername()).isEqualTo("smtp-relay/username");
			assertThat(sender.getPassword()).isEqualTo("smtp-relay/password");
			assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
				.containsEntry("mail.smtp.starttls.required", "true")
				.containsEntry("mail.smtp.connectiontimeout", "10000")
				.doesNotContainKey("mail.smtp.ssl.enable");
			DeliveryProperties delivery = context.getBean(DeliveryProperties.class);
			assertThat(delivery.mailTo()).containsExactly("finance@msp.example", "controller@msp.example");
			assertThat(delivery.mailFrom()).isEqualTo("licence-recon@msp.example");
		});

		applicationWith(processEnv(scheduledContainer(render(t -> t.withValuesFile(PRODUCTION_VALUES))))).run(context -> {
			assertThat(context).hasNotFailed();
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			assertThat(sender.getPort()).isEqualTo(465);
			assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true")
				.doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.starttls.required");
			DeliveryProperties delivery = context.getBean(DeliveryProperties.class);
			assertThat(delivery.mailTo()).containsExactly("finance@msp.example", "controller@msp.example");
			assertThat(delivery.mailFrom()).isEqualTo("Licence reconciliation <licence-recon@msp.example>");
			assertThat(context.getBean(MetricsProperties.class).pushgatewayUrl())
				.hasToString("http://pushgateway.monitoring.svc:9091");
		});
	}

	@Test
	void opsJobRunsOperatorCommandsWithTheSamePod() {
		List<Map<String, Object>> docs = render(t -> t.withValuesFile(PRODUCTION_VALUES)
			.set("ops.enabled", true)
			.set("ops.command", "recover")
			.set("ops.asOfDate", "2026-11-01")
			.set("ops.attempt", 2));
		Map<String, Object> ops = only(docs, "Job");
		assertThat(at(ops, "metadata.generateName")).isEqualTo("recon-licence-recon-recover-");
		assertThat(labels(ops)).containsEntry("app.kubernetes.io/component", "ops");
		Map<String, Object> job = map(ops.get("spec"));
		assertThat(job).containsEntry("backoffLimit", 0);
		assertPodFailurePolicy(job);
		Map<String, Object> pod = map(at(job, "template.spec"));
		assertThat(pod).containsEntry("restartPolicy", "Never");
		Map<String, Object> container = container(pod);
		assertThat(container.get("args")).isEqualTo(List.of("recover", "asOfDate=2026-11-01", "attempt=2"));
		assertHardenedContainer(container);
		// same environment and volumes as the scheduled run, on the quick JIT
		Map<String, Object> scheduled = map(at(scheduled(docs), "spec.jobTemplate.spec.template.spec"));
		assertSameSettings("recover", container, container(scheduled));
		assertThat(pod.get("volumes")).isEqualTo(scheduled.get("volumes"));

		Map<String, Object> rerun = only(render(t -> t.set("ops.enabled", true)
			.set("ops.command", "run")
			.set("ops.asOfDate", "2026-10-01")
			.set("ops.name", "recon-rerun-2026-10")), "Job");
		assertThat(at(rerun, "metadata.name")).isEqualTo("recon-rerun-2026-10");
		assertThat(container(map(at(rerun, "spec.template.spec"))).get("args"))
			.isEqualTo(List.of("run", "asOfDate=2026-10-01"));

		assertThatThrownBy(() -> render(t -> t.set("ops.enabled", true).set("ops.command", "abandon")))
			.hasMessageContaining("asOfDate");
		assertThatThrownBy(() -> render(t -> t.set("ops.enabled", true).set("ops.command", "delete")))
			.hasMessageContaining("/ops/command");
	}

	/** Issue 13 item 13: the operator commands run from the installed chart, without a checkout of it. */
	@Test
	void operatorCommandsAreSuspendedCronJobsOfTheRelease() {
		List<Map<String, Object>> docs = render(t -> t.withValuesFile(PRODUCTION_VALUES));
		Map<String, Object> scheduled = map(at(scheduled(docs), "spec.jobTemplate.spec.template.spec"));
		Map<String, Map<String, Object>> ops = new java.util.TreeMap<>();
		for (Map<String, Object> doc : docs) {
			if ("ops".equals(labels(doc).get("app.kubernetes.io/component"))) {
				ops.put((String) at(doc, "metadata.name"), doc);
			}
		}
		assertThat(ops).containsOnlyKeys("recon-licence-recon-abandon", "recon-licence-recon-export",
				"recon-licence-recon-match-only", "recon-licence-recon-recover", "recon-licence-recon-runs");
		for (Map<String, Object> cronJob : ops.values()) {
			String name = (String) at(cronJob, "metadata.name");
			assertThat(cronJob.get("kind")).isEqualTo("CronJob");
			assertThat(at(cronJob, "spec.suspend")).as(name).isEqualTo(true);
			assertThat(at(cronJob, "spec.schedule")).as(name + " never fires").isEqualTo("0 0 31 2 *");
			Map<String, Object> job = map(at(cronJob, "spec.jobTemplate.spec"));
			assertThat(job).containsEntry("backoffLimit", 0);
			assertPodFailurePolicy(job);
			Map<String, Object> pod = map(at(job, "template.spec"));
			assertThat(container(pod).get("args")).isEqualTo(List.of(name.substring("recon-licence-recon-".length())));
			assertSameSettings(name.substring("recon-licence-recon-".length()), container(pod), container(scheduled));
			assertThat(pod.get("volumes")).isEqualTo(scheduled.get("volumes"));
		}
		// a long release name still gives valid CronJob names (at most 52 characters)
		List<Map<String, Object>> longName = render(t -> t.set("fullnameOverride", "x".repeat(52)));
		assertThat(longName).filteredOn(d -> "CronJob".equals(d.get("kind")))
			.extracting(d -> (String) at(d, "metadata.name"))
			.hasSize(6)
			.allMatch(n -> n.length() <= 52);
		assertThat(render(t -> t.set("ops.cronJobs", false))).extracting(d -> labels(d).get("app.kubernetes.io/component"))
			.doesNotContain("ops");
	}

	/** docs/kubernetes.md §5: a process of one MSP ends before the full JIT pays; one over many MSPs keeps it. */
	@Test
	void quickStartOptionsGoToEveryProcessOfOneMspNotToTheIndexedJobAndCanBeSwitchedOff() {
		String base = "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp";
		String quick = base + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
		assertThat(scheduledEnv(render(t -> t))).containsEntry("JAVA_TOOL_OPTIONS", quick);
		for (String command : List.of("run", "export", "runs", "recover", "abandon")) {
			Map<String, Object> ops = only(render(t -> t.set("ops.enabled", true).set("ops.command", command)
				.set("ops.asOfDate", "2026-11-01")), "Job");
			assertThat(env(container(map(at(ops, "spec.template.spec"))))).as(command)
				.containsEntry("JAVA_TOOL_OPTIONS", quick);
		}
		assertThat(scheduledEnv(render(t -> t.set("msps.enabled", true).set("msps.shards", 4))))
			.as("the Indexed Job reconciles many MSPs per process: the full JIT")
			.containsEntry("JAVA_TOOL_OPTIONS", base);
		List<Map<String, Object>> off = render(t -> t.set("quickStartJavaOptions", "").set("ops.enabled", true)
			.set("ops.command", "recover").set("ops.asOfDate", "2026-11-01"));
		assertThat(scheduledEnv(off)).containsEntry("JAVA_TOOL_OPTIONS", base);
		assertThat(env(container(map(at(only(off, "Job"), "spec.template.spec"))))).containsEntry("JAVA_TOOL_OPTIONS",
				base);
	}

	@Test
	void autotaskAndHaloPsaGetTheirSettingsAndTheirSecretsOnlyWhenChosen() {
		UnaryOperator<TemplateCommand> api = t -> t.set("recon.vendorSource", "mimecast-api")
			.set("mimecast.existingSecret", "mc")
			.set("mappings.existingConfigMap", "msp-mapping-tables");
		Map<String, Object> autotask = scheduledEnv(renderOnTop(t -> api.apply(t)
			.set("recon.psaSource", "autotask-api")
			.set("autotask.existingSecret", "autotask-api-user")));
		assertThat(autotask).containsEntry("RECON_PSA_SOURCE", "autotask-api")
			.containsEntry("RECON_AUTOTASK_ZONE_URL", "https://webservices2.autotask.net/atservicesrest/v1.0/")
			.doesNotContainKeys("RECON_AUTOTASK_BASE_URL", "RECON_CONNECTWISE_PRIVATE_KEY", "RECON_HALOPSA_CLIENT_SECRET");
		assertSecretRef(autotask, "RECON_AUTOTASK_USERNAME", "autotask-api-user", "username");
		assertSecretRef(autotask, "RECON_AUTOTASK_SECRET", "autotask-api-user", "secret");
		assertSecretRef(autotask, "RECON_AUTOTASK_INTEGRATION_CODE", "autotask-api-user", "integration-code");

		Map<String, Object> halo = scheduledEnv(renderOnTop(t -> api.apply(t)
			.set("recon.psaSource", "halopsa-api")
			.set("halopsa.existingSecret", "halo-app")
			.set("halopsa.baseUrl", "https://msp.halopsa.com")
			.set("halopsa.tenant", "msp")));
		assertThat(halo).containsEntry("RECON_HALOPSA_BASE_URL", "https://msp.halopsa.com")
			.containsEntry("RECON_HALOPSA_TENANT", "msp")
			.doesNotContainKeys("RECON_HALOPSA_AUTH_URL", "RECON_AUTOTASK_SECRET");
		assertSecretRef(halo, "RECON_HALOPSA_CLIENT_ID", "halo-app", "client-id");
		assertSecretRef(halo, "RECON_HALOPSA_CLIENT_SECRET", "halo-app", "client-secret");

		// each needs its existing Secret (and HaloPSA its instance), and none takes a credential in clear
		assertThatThrownBy(() -> renderOnTop(t -> api.apply(t).set("recon.psaSource", "autotask-api")))
			.hasMessageContaining("autotask");
		assertThatThrownBy(() -> renderOnTop(t -> api.apply(t).set("recon.psaSource", "halopsa-api")
			.set("halopsa.existingSecret", "halo-app"))).hasMessageContaining("halopsa");
		assertThatThrownBy(() -> render(t -> t.set("autotask.secret", "s"))).hasMessageContaining("secret");
		assertThatThrownBy(() -> render(t -> t.set("halopsa.clientSecret", "s"))).hasMessageContaining("clientSecret");
	}

	private static Map<String, Object> scheduledEnv(List<Map<String, Object>> docs) {
		return env(container(map(at(scheduled(docs), "spec.jobTemplate.spec.template.spec"))));
	}

	@Test
	void credentialsInClearAreRejected() {
		// no value key can hold a credential: the schema allows no unknown key
		assertThatThrownBy(() -> render(t -> t.set("database.password", "hunter2"))).hasMessageContaining("password");
		assertThatThrownBy(() -> render(t -> t.set("mimecast.clientSecret", "s3cret"))).hasMessageContaining("clientSecret");
		assertThatThrownBy(() -> render(t -> t.set("connectwise.privateKey", "k"))).hasMessageContaining("privateKey");
		assertThatThrownBy(() -> render(t -> t.set("mail.password", "p"))).hasMessageContaining("password");
		assertThatThrownBy(() -> render(t -> t.set("secrets.dbPassword", "p"))).hasMessageContaining("secrets");
		// not through extra environment variables either, nor inside the JDBC URL
		assertThatThrownBy(() -> render(t -> t.set("extraEnv[0].name", "SPRING_DATASOURCE_PASSWORD")
			.set("extraEnv[0].value", "hunter2"))).hasMessageContaining("extraEnv");
		assertThatThrownBy(() -> render(t -> t.set("database.url", "jdbc:postgresql://db/recon?user=a&password=b")))
			.hasMessageContaining("/database/url");
		// an API source needs its existing Secret
		assertThatThrownBy(() -> render(t -> t.set("recon.vendorSource", "mimecast-api"))).hasMessageContaining("mimecast");
		assertThatThrownBy(() -> render(t -> t.set("recon.psaSource", "connectwise-api")))
			.hasMessageContaining("connectwise");

		// whatever the values, every credential-like variable is a secretKeyRef and the chart renders no Secret
		for (List<Map<String, Object>> docs : List.of(render(UnaryOperator.identity()),
				render(t -> t.withValuesFile(PRODUCTION_VALUES)))) {
			assertThat(docs).extracting(d -> d.get("kind")).doesNotContain("Secret");
			Map<String, Object> cronJob = scheduled(docs);
			for (Map<String, Object> var : list(container(map(at(cronJob, "spec.jobTemplate.spec.template.spec"))).get("env"))) {
				if (CREDENTIAL_NAME.matcher((String) var.get("name")).matches()) {
					assertThat(var).as("env %s", var.get("name")).doesNotContainKey("value");
					assertThat(at(var, "valueFrom.secretKeyRef")).as("env %s", var.get("name")).isNotNull();
				}
			}
		}
	}

	/**
	 * Issue 16: many MSPs make the scheduled run an Indexed Job; pod K reconciles shard K of N, a retry is per
	 * index, and a refused shard fails its own index only.
	 */
	@Test
	void manyMspsRenderAnIndexedJobWhosePodsEachReconcileOneShard() {
		List<Map<String, Object>> docs = render(t -> t.set("msps.enabled", true)
			.set("msps.shards", 8)
			.set("msps.parallelism", 3)
			.set("msps.maxFailedIndexes", 2));
		assertThat(withoutOps(docs)).extracting(d -> d.get("kind"))
			.as("no mapping ConfigMap: each MSP's tables are in its directory")
			.containsExactlyInAnyOrder("ServiceAccount", "CronJob");

		Map<String, Object> job = map(at(scheduled(docs), "spec.jobTemplate.spec"));
		assertThat(job).containsEntry("completionMode", "Indexed")
			.containsEntry("completions", 8)
			.containsEntry("parallelism", 3)
			.containsEntry("backoffLimitPerIndex", 2)
			.containsEntry("maxFailedIndexes", 2)
			.doesNotContainKey("backoffLimit");
		assertThat(list(at(job, "podFailurePolicy.rules"))).containsExactly(
				Map.of("action", "FailIndex",
						"onExitCodes", Map.of("containerName", "recon", "operator", "In", "values", List.of(1))),
				Map.of("action", "Ignore", "onPodConditions", List.of(Map.of("type", "DisruptionTarget"))),
				Map.of("action", "Count",
						"onExitCodes", Map.of("containerName", "recon", "operator", "In", "values", List.of(3, 4, 5, 143))));
		Map<String, Object> pod = map(at(job, "template.spec"));
		Map<String, Object> container = container(pod);
		assertThat(container).containsEntry("args",
				List.of("run", "all-msps", "--recon.shard=$(JOB_COMPLETION_INDEX)/8"));
		assertThat(env(container)).containsEntry("RECON_MSPS_DIR", "/data/input");
		assertThat(byName(list(pod.get("volumes")))).containsOnlyKeys("tmp", "input", "output");
		assertThat(mounts(container)).containsOnlyKeys("/tmp", "/data/input", "/data/output");

		// the operator commands stay single Jobs about one run
		for (Map<String, Object> ops : docs.stream().filter(d -> "CronJob".equals(d.get("kind")) && d != scheduled(docs)).toList()) {
			Map<String, Object> opsJob = map(at(ops, "spec.jobTemplate.spec"));
			assertThat(opsJob).doesNotContainKeys("completionMode", "backoffLimitPerIndex").containsKey("backoffLimit");
		}
		// an operator command names one MSP's run, with the MSPs' directory
		Map<String, Object> recover = only(render(t -> t.set("msps.enabled", true)
			.set("ops.enabled", true)
			.set("ops.command", "recover")
			.set("ops.msp", "acme")
			.set("ops.asOfDate", "2026-11-01")), "Job");
		Map<String, Object> recoverContainer = container(map(at(recover, "spec.template.spec")));
		assertThat(recoverContainer.get("args")).isEqualTo(List.of("recover", "msp=acme", "asOfDate=2026-11-01"));
		assertThat(env(recoverContainer)).containsEntry("RECON_MSPS_DIR", "/data/input");
		assertThat(map(at(recover, "spec"))).containsKey("backoffLimit").doesNotContainKey("completionMode");
		assertThatThrownBy(() -> render(t -> t.set("ops.enabled", true).set("ops.command", "runs").set("ops.msp", "Acme Ltd")))
			.hasMessageContaining("msp");
		// one shard without the MSPs' volume could never work
		assertThatThrownBy(() -> renderOnTop(t -> t.set("msps.enabled", true))).hasMessageContaining("existingClaim");
		assertThatThrownBy(() -> render(t -> t.set("msps.enabled", true).set("msps.shards", 0)))
			.hasMessageContaining("shards");
		assertThatThrownBy(() -> render(t -> t.set("msps.enabled", true).set("msps.shards", 2)
			.set("msps.maxFailedIndexes", 3))).hasMessageContaining("cannot be more than msps.shards");
	}

	@Test
	void hardeningAndRetryPolicyCannotBeSwitchedOff() {
		assertThatThrownBy(() -> render(t -> t.set("securityContext.readOnlyRootFilesystem", false)))
			.hasMessageContaining("readOnlyRootFilesystem");
		assertThatThrownBy(() -> render(t -> t.set("securityContext.allowPrivilegeEscalation", true)))
			.hasMessageContaining("allowPrivilegeEscalation");
		assertThatThrownBy(() -> render(t -> t.set("podSecurityContext.runAsNonRoot", false)))
			.hasMessageContaining("runAsNonRoot");
		assertThatThrownBy(() -> render(t -> t.set("concurrencyPolicy", "Allow"))).hasMessageContaining("concurrencyPolicy");
		assertThatThrownBy(() -> render(t -> t.set("job.backoffLimit", 50))).hasMessageContaining("backoffLimit");
		assertThatThrownBy(() -> render(t -> t.set("schedule", "every day"))).hasMessageContaining("schedule");
	}

	@Test
	void notesShowTheRerunAndOperatorCommands() throws IOException {
		String notes = Files.readString(CHART.resolve("templates/NOTES.txt"), StandardCharsets.UTF_8);
		assertThat(notes).contains("--from=cronjob/", "--show-only templates/ops-job.yaml", "ops.command=runs",
				"ops.command=run,ops.asOfDate=", "ops.command=recover,ops.asOfDate=", "ops.command=abandon,ops.asOfDate=",
				"ops.command=export,ops.asOfDate=", "ops.attempt=2", "kubectl create -f -");
		assertThat(notes).contains("  1  launch refused", "  3  out of memory", "  143  run STOPPED by SIGTERM", "  4  run STOPPED",
				"  5  run FAILED");
	}

	// ------------------------------------------------------------------------------------------------------------

	/** Mail delivery on, with the least the chart needs. */
	private static TemplateCommand mailOn(TemplateCommand template) {
		return template.set("mail.enabled", true)
			.set("mail.host", "smtp.msp.example")
			.set("mail.to", "finance@msp.example")
			.set("mail.from", "licence-recon@msp.example");
	}

	private static Map<String, Object> scheduledContainer(List<Map<String, Object>> docs) {
		return container(map(at(scheduled(docs), "spec.jobTemplate.spec.template.spec")));
	}

	/** The environment the container's JVM sees; a secretKeyRef stands for {@code <secret>/<key>}. */
	private static Map<String, Object> processEnv(Map<String, Object> container) {
		Map<String, Object> env = new java.util.LinkedHashMap<>();
		for (Map<String, Object> var : list(container.get("env"))) {
			Object value = var.get("value");
			if (var.containsKey("valueFrom")) {
				value = at(var, "valueFrom.secretKeyRef.name") + "/" + at(var, "valueFrom.secretKeyRef.key");
			}
			env.put((String) var.get("name"), value);
		}
		return env;
	}

	/** Spring Boot's mail sender and the delivery settings, with {@code env} as the system environment. */
	private static ApplicationContextRunner applicationWith(Map<String, Object> env) {
		return new ApplicationContextRunner()
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)))
			.withInitializer(new ConfigDataApplicationContextInitializer())
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withUserConfiguration(ApplicationSettings.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ DeliveryProperties.class, MetricsProperties.class })
	static class ApplicationSettings {

	}

	/** The CronJob's spec without its jobTemplate: schedule, timeZone, policies and limits. */
	private static Map<String, Object> scheduling(Map<String, Object> cronJob) {
		Map<String, Object> spec = new java.util.LinkedHashMap<>(map(cronJob.get("spec")));
		spec.remove("jobTemplate");
		return spec;
	}

	/**
	 * The scheduled run's environment, the JVM options included: the scheduled run of one MSP and every operator
	 * command are processes of one MSP, on the quick JIT.
	 */
	private static void assertSameSettings(String command, Map<String, Object> container,
			Map<String, Object> scheduledContainer) {
		assertThat(env(container)).as(command + ": the scheduled run's settings").isEqualTo(env(scheduledContainer));
		assertThat((String) env(container).get("JAVA_TOOL_OPTIONS")).as(command + " runs on the quick JIT")
			.endsWith(" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
	}

	private static void assertPodFailurePolicy(Map<String, Object> jobSpec) {
		List<Map<String, Object>> rules = list(at(jobSpec, "podFailurePolicy.rules"));
		assertThat(rules).containsExactly(
				Map.of("action", "FailJob",
						"onExitCodes", Map.of("containerName", "recon", "operator", "In", "values", List.of(1))),
				Map.of("action", "Ignore", "onPodConditions", List.of(Map.of("type", "DisruptionTarget"))),
				Map.of("action", "Count",
						"onExitCodes", Map.of("containerName", "recon", "operator", "In", "values", List.of(3, 4, 5, 143))));
	}

	private static void assertHardenedContainer(Map<String, Object> container) {
		assertThat(map(container.get("securityContext"))).containsEntry("runAsNonRoot", true)
			.containsEntry("readOnlyRootFilesystem", true)
			.containsEntry("allowPrivilegeEscalation", false)
			.containsEntry("privileged", false)
			.containsEntry("capabilities", Map.of("drop", List.of("ALL")));
	}

	private static void assertSecretRef(Map<String, Object> env, String name, String secret, String key) {
		assertThat(env.get(name)).as("env %s", name).isEqualTo(Map.of("secretKeyRef", Map.of("name", secret, "key", key)));
	}

	/** Renders on top of the minimal working values ({@link #MINIMAL_VALUES}). */
	private static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> options) {
		return renderOnTop(t -> options.apply(t.withValuesFile(MINIMAL_VALUES)));
	}

	/** Renders on top of the chart's own defaults. */
	private static List<Map<String, Object>> renderOnTop(UnaryOperator<TemplateCommand> options) {
		String manifest = options.apply(new Helm(CHART).template()
			.withName("recon")
			.withNamespace("finance")
			.withKubeVersion(KUBE_VERSION)).call();
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		List<Map<String, Object>> docs = new ArrayList<>();
		for (Object doc : yaml.loadAll(manifest)) {
			if (doc != null) {
				docs.add(map(doc));
			}
		}
		return docs;
	}

	private static Path copyOfTheChart(Path into) throws IOException {
		Path copy = into.resolve("licence-recon");
		try (var files = Files.walk(CHART)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(CHART.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	/** The scheduled run's CronJob (not the suspended ones of the operator commands). */
	private static Map<String, Object> scheduled(List<Map<String, Object>> docs) {
		return only(withoutOps(docs), "CronJob");
	}

	private static List<Map<String, Object>> withoutOps(List<Map<String, Object>> docs) {
		return docs.stream().filter(d -> !"ops".equals(labels(d).get("app.kubernetes.io/component"))).toList();
	}

	private static Map<String, Object> only(List<Map<String, Object>> docs, String kind) {
		List<Map<String, Object>> ofKind = docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
		assertThat(ofKind).as("rendered %s", kind).hasSize(1);
		return ofKind.get(0);
	}

	private static Map<String, Object> container(Map<String, Object> podSpec) {
		List<Map<String, Object>> containers = list(podSpec.get("containers"));
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	/** Environment as name to value, or name to valueFrom. */
	private static Map<String, Object> env(Map<String, Object> container) {
		Map<String, Object> env = new java.util.LinkedHashMap<>();
		for (Map<String, Object> var : list(container.get("env"))) {
			Object previous = env.put((String) var.get("name"),
					var.containsKey("valueFrom") ? var.get("valueFrom") : var.get("value"));
			assertThat(previous).as("duplicate env %s", var.get("name")).isNull();
		}
		return env;
	}

	private static Map<String, Object> mounts(Map<String, Object> container) {
		Map<String, Object> mounts = new java.util.LinkedHashMap<>();
		list(container.get("volumeMounts")).forEach(m -> mounts.put((String) m.get("mountPath"), m.get("name")));
		return mounts;
	}

	private static Map<String, Object> byName(List<Map<String, Object>> items) {
		Map<String, Object> named = new java.util.LinkedHashMap<>();
		items.forEach(i -> named.put((String) i.get("name"), i));
		return named;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> labels(Map<String, Object> resource) {
		return (Map<String, String>) at(resource, "metadata.labels");
	}

	/** Value at a dotted path; map keys may contain dots only in the last segment. */
	private static Object at(Map<String, Object> root, String path) {
		Object current = root;
		String rest = path;
		while (current instanceof Map<?, ?> m) {
			if (m.containsKey(rest)) {
				return m.get(rest);
			}
			int dot = rest.indexOf('.');
			if (dot < 0) {
				return null;
			}
			current = m.get(rest.substring(0, dot));
			rest = rest.substring(dot + 1);
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Map<String, Object>>) Objects.requireNonNull(value);
	}

}
