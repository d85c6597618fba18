package com.msprecon.launch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Refuses {@code recon.*} settings the job does not know ({@code --recon.input-dirr=...} would otherwise be
 * ignored and the default used), naming the closest valid one. The valid names are those of the
 * {@code @ConfigurationProperties} records under {@code com.msprecon}, and the few read one by one
 * ({@link #SINGLE_SETTINGS}). Environment variables are not checked: Kubernetes adds variables of its own
 * (service links such as {@code RECON_..._PORT}) that no one has mistyped.
 */
final class SettingsCheck {

	/** Settings read with {@code @Value} or {@code @ConditionalOnProperty}, not through a properties record. */
	static final Set<String> SINGLE_SETTINGS = Set.of("recon.vendor.source", "recon.psa.source",
			"recon.vendor.usage-file", "recon.shutdown-timeout", "recon.runner.enabled",
			LaunchRunner.CONNECTION_RETRIES, LaunchRunner.CONNECTION_RETRY_DELAY, LaunchRunner.SHARD);

	/** The test suite's own fault switches (recon.test.fail-at, ...), passed to the job's JVM by its tests. */
	private static final String TEST_SWITCHES = "recon.test.";

	private final Set<String> names = new TreeSet<>();

	/** Names under which any key is valid (maps) or any index (lists). */
	private final Set<String> open = new TreeSet<>();

	private SettingsCheck() {
	}

	static SettingsCheck ofThisApplication() {
		SettingsCheck check = new SettingsCheck();
		check.names.addAll(SINGLE_SETTINGS);
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (var candidate : scanner.findCandidateComponents("com.msprecon")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), SettingsCheck.class.getClassLoader());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			check.add(prefix, type);
		}
		return check;
	}

	private void add(String prefix, Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + kebab(component.getName());
			Class<?> valueType = component.getType();
			if (valueType.isRecord() && valueType.getName().startsWith("com.msprecon.")) {
				add(name, valueType);
			}
			else {
				names.add(name);
				if (Map.class.isAssignableFrom(valueType) || Collection.class.isAssignableFrom(valueType)) {
					open.add(name);
				}
			}
		}
	}

	/** The names this application knows, e.g. for the usage text. */
	Set<String> names() {
		return names;
	}

	/**
	 * The refusals for the unknown {@code recon.*} settings given in the environment's property sources
	 * (command line, system properties, configuration files), one per setting; empty when all are known.
	 */
	List<String> unknownSettings(ConfigurableEnvironment environment) {
		Set<String> given = new TreeSet<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable
					&& !StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())) {
				for (String name : enumerable.getPropertyNames()) {
					if (name.startsWith("recon.") && !name.startsWith(TEST_SWITCHES) && !isKnown(name)) {
						given.add(name);
					}
				}
			}
		}
		List<String> refusals = new ArrayList<>();
		for (String name : given) {
			refusals.add("unknown setting '" + name + "'" + closest(name).map(c -> "; did you mean '" + c + "'?")
				.orElse("") + " (see --help for the main settings)");
		}
		return refusals;
	}

	boolean isKnown(String name) {
		String uniform = uniform(name);
		if (names.stream().anyMatch(known -> uniform(known).equals(uniform))) {
			return true;
		}
		return open.stream().anyMatch(known -> uniform.startsWith(uniform(known)));
	}

	private java.util.Optional<String> closest(String name) {
		LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
		String dashed = name.toLowerCase(java.util.Locale.ROOT);
		return names.stream()
			.min(Comparator.comparingInt((String known) -> distance.apply(dashed, known)).thenComparing(known -> known))
			.filter(known -> distance.apply(dashed, known) <= Math.max(3, known.length() / 3));
	}

	/** Spring's relaxed binding: letter case, dashes, underscores and indexes do not tell names apart. */
	private static String uniform(String name) {
		return name.replaceAll("\\[[^]]*]", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
