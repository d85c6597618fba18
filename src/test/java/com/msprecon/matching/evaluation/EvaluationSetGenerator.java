package com.msprecon.matching.evaluation;

import java.nio.file.Path;

/**
 * Writes the committed evaluation set. Rerun after changing {@link SyntheticMatchingData}:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=com.msprecon.matching.evaluation.EvaluationSetGenerator -Dexec.classpathScope=test}
 */
public final class EvaluationSetGenerator {

	public static final long SEED = 20261123L;

	public static final int COMPANIES = 900;

	public static final int ACCOUNTS = 700;

	/** Accounts added after the first 700 for later rules (region tags on both sides, digits split by punctuation). */
	public static final int LATER_RULE_CASES = 30;

	/** Accounts added after those for the general rules (legal forms of any country, other scripts, websites as typed, ...). */
	public static final int GENERAL_RULE_CASES = 300;

	public static final Path DIRECTORY = Path.of("src/test/resources/matching");

	private EvaluationSetGenerator() {
	}

	public static SyntheticMatchingData.Dataset dataset() {
		return SyntheticMatchingData.generate(SEED, COMPANIES, ACCOUNTS, LATER_RULE_CASES, GENERAL_RULE_CASES);
	}

	public static void main(String[] args) throws Exception {
		SyntheticMatchingData.Dataset dataset = dataset();
		EvaluationSetFiles.write(dataset, DIRECTORY);
		System.out.printf("wrote %d companies and %d accounts to %s%n", dataset.companies().size(),
				dataset.accounts().size(), DIRECTORY);
	}

}
