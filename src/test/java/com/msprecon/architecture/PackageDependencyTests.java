package com.msprecon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package picture of {@code docs/architecture.md}, checked on the production classes: each package may use
 * only the packages the table below allows (the table is the picture; change both together), there are no
 * cycles, the rules stay plain Java, and each outside system's words stay in its adapter.
 */
class PackageDependencyTests {

	private static final String ROOT = "com.msprecon";

	/** package (relative to com.msprecon; "" is the root) -> the packages it may use besides itself. */
	static final Map<String, Set<String>> ALLOWED = allowed();

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	private static Map<String, Set<String>> allowed() {
		Map<String, Set<String>> allowed = new LinkedHashMap<>();
		// the model and the plain rules
		allowed.put("sql", Set.of());
		allowed.put("input", Set.of());
		allowed.put("matching", Set.of());
		allowed.put("msp", Set.of());
		allowed.put("vendor", Set.of("input"));
		allowed.put("psa", Set.of("input"));
		allowed.put("run", Set.of("input", "sql"));
		allowed.put("mapping", Set.of("input", "run", "sql"));
		allowed.put("reconciliation", Set.of("", "mapping", "matching", "psa", "vendor"));
		// the adapters: each outside system behind a port
		allowed.put("http", Set.of("input"));
		allowed.put("vendor.file", Set.of("", "input", "vendor"));
		allowed.put("vendor.mimecast", Set.of("", "http", "input", "vendor"));
		allowed.put("psa.file", Set.of("", "input", "psa"));
		allowed.put("psa.connectwise", Set.of("", "http", "input", "psa"));
		// the units in force on the run's as-of date: the step-scoped RunContext
		allowed.put("psa.autotask", Set.of("", "http", "input", "psa", "run"));
		allowed.put("psa.halopsa", Set.of("", "http", "input", "psa"));
		// the tables: one owner per group
		allowed.put("staging", Set.of("input", "psa", "reconciliation", "run", "sql", "vendor"));
		allowed.put("results", Set.of("input", "matching", "psa", "reconciliation", "sql"));
		allowed.put("usage", Set.of("input", "run", "sql", "staging"));
		allowed.put("usage.file", Set.of("", "input", "usage"));
		allowed.put("usage.graph", Set.of("", "http", "input", "usage"));
		allowed.put("history", Set.of("reconciliation", "results", "run", "sql"));
		// what the runs produce and say
		allowed.put("output", Set.of("history", "input", "mapping", "matching", "reconciliation", "results", "run", "staging",
				"usage"));
		allowed.put("apply", Set.of("output", "psa", "reconciliation", "results", "run", "sql"));
		allowed.put("delivery", Set.of("output", "results", "run"));
		allowed.put("metrics", Set.of("reconciliation", "results", "run"));
		// launching and wiring
		allowed.put("launch", Set.of("http", "input", "msp", "run"));
		allowed.put("job", Set.of("", "apply", "output", "delivery", "history", "input", "launch", "mapping", "metrics", "msp", "psa",
				"reconciliation", "results", "run", "sql", "staging", "usage", "vendor"));
		allowed.put("", Set.of("launch", "msp", "output", "run"));
		return allowed;
	}

	@Test
	void everyPackageUsesOnlyWhatThePictureAllows() {
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
			String pkg = qualified(entry.getKey());
			List<String> permitted = new ArrayList<>();
			permitted.add(pkg);
			entry.getValue().forEach(p -> permitted.add(qualified(p)));
			var rule = classes().that()
				.resideInAPackage(pkg)
				.should()
				.onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
					.resideInAnyPackage(permitted.toArray(String[]::new))
					.or(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")))
				.allowEmptyShould(true);
			var result = rule.evaluate(classes);
			if (result.hasViolation()) {
				violations.addAll(result.getFailureReport().getDetails());
			}
		}
		assertNoViolations(violations);
	}

	@Test
	void everyProductionPackageIsInThePicture() {
		Set<String> missing = new TreeSet<>();
		classes.forEach(c -> {
			String relative = c.getPackageName().equals(ROOT) ? "" : c.getPackageName().substring(ROOT.length() + 1);
			if (!ALLOWED.containsKey(relative)) {
				missing.add(relative);
			}
		});
		org.assertj.core.api.Assertions.assertThat(missing)
			.as("packages not in docs/architecture.md (add them to the table and the picture)")
			.isEmpty();
	}

	@Test
	void thePackagesFormNoCycle() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theRulesAndTheMatcherArePlainJava() {
		noClasses().that()
			.resideInAnyPackage(qualified("reconciliation"), qualified("matching"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
			.check(classes);
	}

	@Test
	void onlyTheSqlPackageKnowsThePostgresqlDriver() {
		noClasses().that()
			.resideOutsideOfPackage(qualified("sql"))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.postgresql..")
			.check(classes);
	}

	@Test
	void noPackageButTheWiringKnowsAnAdapter() {
		for (String adapter : List.of("vendor.mimecast", "vendor.file", "psa.connectwise", "psa.autotask",
				"psa.halopsa", "psa.file", "usage.file", "usage.graph")) {
			noClasses().that()
				.resideOutsideOfPackage(qualified(adapter))
				.and()
				.resideOutsideOfPackage(qualified("job"))
				.should()
				.dependOnClassesThat()
				.resideInAPackage(qualified(adapter))
				.check(classes);
		}
	}

	private static String qualified(String relative) {
		return relative.isEmpty() ? ROOT : ROOT + "." + relative;
	}

	private static void assertNoViolations(List<String> violations) {
		org.assertj.core.api.Assertions.assertThat(violations)
			.as("dependencies against docs/architecture.md")
			.isEmpty();
	}

}
