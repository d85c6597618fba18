package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark is the check that the indexes lose no R3 decision: a difference must fail it, not just print. */
class MatchingBenchmarkTests {

	private static final MatchResult ACME = MatchResult.auto("1", MatchMethod.NAME, 1.0, "same name", List.of());

	private static final MatchResult NONE = MatchResult.none("no match", List.of());

	@Test
	void differingDecisionsFailTheRun() {
		assertThatIllegalStateException()
			.isThrownBy(() -> MatchingBenchmark.requireSameDecisions(List.of(ACME, NONE), List.of(NONE, NONE)))
			.withMessageContaining("1 of 2");
		MatchResult otherMethod = MatchResult.auto("1", MatchMethod.FUZZY, 0.97, "typo", List.of());
		assertThatIllegalStateException()
			.isThrownBy(() -> MatchingBenchmark.requireSameDecisions(List.of(ACME), List.of(otherMethod)));
	}

	@Test
	void sameDecisionsPass() {
		assertThatCode(() -> MatchingBenchmark.requireSameDecisions(List.of(ACME, NONE), List.of(ACME, NONE)))
			.doesNotThrowAnyException();
	}

}
