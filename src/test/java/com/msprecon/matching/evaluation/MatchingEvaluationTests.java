package com.msprecon.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.matching.SafeAccountMatcher;
import com.msprecon.matching.evaluation.SyntheticMatchingData.Dataset;
import com.msprecon.matching.evaluation.SyntheticMatchingData.LabelledAccount;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accuracy of automatic matching (R3) on the committed labelled set, next to exact-name and naive fuzzy matching. */
class MatchingEvaluationTests {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchingEvaluationTests.class);

	private static Dataset dataset;

	@BeforeAll
	static void readCommittedSet() throws IOException {
		try (Reader companies = resource(EvaluationSetFiles.COMPANIES); Reader accounts = resource(EvaluationSetFiles.ACCOUNTS)) {
			dataset = EvaluationSetFiles.read(companies, accounts);
		}
	}

	@Test
	void theCommittedSetIsWhatTheSeededGeneratorWrites() throws IOException {
		Dataset regenerated = EvaluationSetGenerator.dataset();
		try (Reader companies = resource(EvaluationSetFiles.COMPANIES); Reader accounts = resource(EvaluationSetFiles.ACCOUNTS)) {
			assertThat(new String(read(companies))).isEqualTo(EvaluationSetFiles.companiesCsv(regenerated));
			assertThat(new String(read(accounts))).isEqualTo(EvaluationSetFiles.accountsCsv(regenerated));
		}
	}

	@Test
	void theSetIsLargeAndHoldsTheHardCases() {
		assertThat(dataset.companies()).hasSizeGreaterThanOrEqualTo(800);
		assertThat(dataset.accounts()).hasSizeGreaterThanOrEqualTo(600);
		assertThat(dataset.accounts()).extracting(LabelledAccount::variation)
			.contains("near_namesake_absent", "near_namesake_pair", "numbered_absent", "numbered_present",
					"duplicate_psa_name", "no_true_company", "surname_variant_pair", "shared_domain", "typo", "msp_tag",
					"region_tag", "domain_as_name", "run_together", "abbreviation", "accents", "region_conflict",
					"region_same", "digits_split", "world_legal_form", "legal_form_slip", "other_script",
					"subdomain_website", "two_sites", "platform_website", "glued_msp_tag", "domain_run_together",
					"and_run_together", "number_words", "abbreviation_data", "region_pick", "entity_shared_domain",
					"shared_platform", "unknown_form_duplicate", "script_dropped", "glued_tag_duplicate",
					"number_words_absent", "world_form_duplicate");
	}

	@Test
	void automaticMatchingIsPreciseAndFindsMostTruePairs() {
		Scorecard ours = Scorecard.of("safe matcher (ours)", SafeAccountMatcher.over(dataset.companies()), dataset);
		Scorecard exact = Scorecard.of("exact name", BaselineMatchers.exactName(dataset.companies()), dataset);
		Scorecard naive = Scorecard.of("naive fuzzy (JW >= 0.90)", BaselineMatchers.naiveFuzzy(dataset.companies()), dataset);
		log.info("Evaluation set: {} accounts ({} with a true company) vs {} companies", ours.accounts(),
				ours.withTrueCompany(), dataset.companies().size());
		log.info("{}", ours.summary());
		log.info("{}", exact.summary());
		log.info("{}", naive.summary());
		log.info("{}", ours.variationTable());
		ours.wrongMatches().forEach(wrong -> log.warn("WRONG {}", wrong));

		assertThat(ours.precision()).as("precision; wrong: %s", ours.wrongMatches()).isGreaterThanOrEqualTo(0.995);
		assertThat(ours.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
		assertThat(ours.recall()).isGreaterThan(exact.recall());
		assertThat(ours.precision()).isGreaterThan(naive.precision());
	}

	private static Reader resource(String name) {
		return new InputStreamReader(Objects.requireNonNull(MatchingEvaluationTests.class.getResourceAsStream("/matching/" + name), name),
				StandardCharsets.UTF_8);
	}

	private static char[] read(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) > 0;) {
			text.append(buffer, 0, n);
		}
		return text.toString().toCharArray();
	}

}
