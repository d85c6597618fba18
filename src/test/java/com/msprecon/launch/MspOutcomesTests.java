package com.msprecon.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.run.ExitCodes;
import org.junit.jupiter.api.Test;

class MspOutcomesTests {

	@Test
	void allCompletedIsSuccessAndSaysSo() {
		MspOutcomes outcomes = new MspOutcomes();
		outcomes.ended("a", ExitCodes.SUCCESS);
		outcomes.completedBefore("b");

		assertThat(outcomes.exitCode()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(outcomes.summary()).isEqualTo("All MSPs: 1 completed now, 1 completed before, 0 did not complete.");
	}

	@Test
	void aFailedMspOutweighsARefusedOneSoThatKubernetesRetriesTheIndex() {
		MspOutcomes outcomes = new MspOutcomes();
		outcomes.ended("c", ExitCodes.REFUSED);
		outcomes.ended("a", ExitCodes.FAILED);
		outcomes.ended("b", ExitCodes.SUCCESS);

		assertThat(outcomes.exitCode()).isEqualTo(ExitCodes.FAILED);
		assertThat(outcomes.summary()).startsWith("All MSPs: 1 completed now, 0 completed before, 2 did not complete: "
				+ "a (failed), c (refused). ").endsWith("it resumes only the MSPs that did not complete.");
	}

	@Test
	void onlyRefusalsAreARefusedLaunchThatARetryCannotHelp() {
		MspOutcomes outcomes = new MspOutcomes();
		outcomes.ended("a", ExitCodes.REFUSED);
		outcomes.completedBefore("b");

		assertThat(outcomes.exitCode()).isEqualTo(ExitCodes.REFUSED);
	}

	@Test
	void mspsLeftByAStopRequestMakeAStoppedLaunch() {
		MspOutcomes outcomes = new MspOutcomes();
		outcomes.ended("a", ExitCodes.SUCCESS);
		outcomes.notStarted(3);

		assertThat(outcomes.exitCode()).isEqualTo(ExitCodes.STOPPED);
		assertThat(outcomes.summary()).contains("3 not started", "run the same command again");
	}

}
