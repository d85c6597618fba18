package com.msprecon.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final Set<String> COMMANDS = Set.of("run", "match-only", "runs");

	@Test
	void allMspsIsAWordNextToTheCommandAndTheDate() {
		LaunchArguments launch = LaunchArguments.parse(List.of("run", "all-msps", "asOfDate=2026-11-15"), TODAY,
				COMMANDS);

		assertThat(launch.allMsps()).isTrue();
		assertThat(launch.command()).isEqualTo("run");
		assertThat(launch.key().asOfDate()).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(LaunchArguments.parse(List.of("asOfDate=2026-11-15"), TODAY, COMMANDS).allMsps()).isFalse();
	}

	@Test
	void allMspsWithOneMspIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LaunchArguments.parse(List.of("all-msps", "msp=acme"), TODAY, COMMANDS))
			.withMessageContaining("all-msps runs every MSP; it cannot be given together with msp=");
	}

	@Test
	void jobsAndExportMayWriteAWorkbookTheCommandsThatListOrMarkRunsDoNot() {
		for (String[] args : List.of(new String[0], new String[] { "asOfDate=2026-11-15" },
				new String[] { "run", "all-msps", "--recon.shard=0/2" }, new String[] { "match-only" },
				new String[] { "apply", "msp=acme" }, new String[] { "export", "asOfDate=2026-11-15" },
				new String[] { "recover", "export" }, new String[] { "--debug", "run" })) {
			assertThat(LaunchArguments.mayWriteWorkbook(args)).as(String.join(" ", args)).isTrue();
		}
		for (String command : List.of("runs", "recover", "abandon")) {
			assertThat(LaunchArguments.mayWriteWorkbook(new String[] { command, "asOfDate=2026-11-15" })).as(command)
				.isFalse();
		}
		// the last command word counts, as when the arguments are parsed
		assertThat(LaunchArguments.mayWriteWorkbook(new String[] { "export", "recover", "--recon.x=y" })).isFalse();
	}

}
