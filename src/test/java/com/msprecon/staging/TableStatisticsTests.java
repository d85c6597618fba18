package com.msprecon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the planner's estimate of a run's rows is worth fresh statistics (issue 16; PostgreSQL in the other tests). */
class TableStatisticsTests {

	@Test
	void anEstimateWithinHalfToFourTimesTheRowsIsLeftAlone() {
		assertThat(TableStatistics.misestimated(500, 1000)).isFalse();
		assertThat(TableStatistics.misestimated(1000, 1000)).isFalse();
		assertThat(TableStatistics.misestimated(4000, 1000)).isFalse();
	}

	@Test
	void anEstimateBelowHalfOrAboveFourTimesTheRowsIsNot() {
		assertThat(TableStatistics.misestimated(499, 1000)).as("taken for a handful of rows").isTrue();
		assertThat(TableStatistics.misestimated(4001, 1000)).as("taken for many more").isTrue();
	}

	@Test
	void aRunWithoutRowsIsNeverAnalysedForIt() {
		// nothing of the run to find: whatever the planner expects, the step's queries read no rows of it
		assertThat(TableStatistics.misestimated(35_000, 0)).isFalse();
	}

}
