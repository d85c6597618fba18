package com.msprecon.job;

import com.msprecon.support.JobTest;
import com.msprecon.run.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit code the CronJob's pod failure policy sees, from a JVM of its own: 1 only when a retry cannot help
 * (a refused launch), 5 when the job could not run for a reason a later attempt may not have (here: the
 * database is unreachable), so that Kubernetes counts and retries it.
 */
@JobTest
class ProcessExitCodeTests {

	@TempDir
	Path dir;

	@Test
	void anUnreachableDatabaseIsAFailedRunNotARefusedLaunch() throws Exception {
		// nothing listens on port 1: the connection is refused at once
		JobProcess job = JobProcess.start(dir.resolve("unreachable.log"), List.of("asOfDate=2026-11-15",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/recon", "--spring.datasource.username=recon",
				"--recon.output-dir=" + dir.resolve("out")));

		assertThat(job.waitFor()).isEqualTo(ExitCodes.FAILED);
		assertThat(lastLine(job)).as("one sentence, last").contains("The job could not start: Connection to "
				+ "127.0.0.1:1 refused", "Fix the cause (is the database reachable?)");
		assertThat(dir.resolve("out")).doesNotExist();
	}

	@Test
	void badParametersAreARefusedLaunch() throws Exception {
		JobProcess job = JobProcess.start(dir.resolve("bad.log"), List.of("asOfDate=2026-13-45",
				"--spring.datasource.url=jdbc:h2:mem:refused;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--recon.output-dir=" + dir.resolve("out")));

		assertThat(job.waitFor()).isEqualTo(ExitCodes.REFUSED);
		assertThat(Files.readString(job.log())).contains("Launch refused", "2026-13-45");
	}


	/**
	 * Issue 13 item 5: a plain input error ends with one sentence naming file, line, column and what to do, and
	 * the log holds no stack trace (it is at DEBUG).
	 */
	@Test
	void aFailedRunEndsWithOneSentenceAndNoStackTrace() throws Exception {
		Path input = Files.createDirectories(dir.resolve("in"));
		try (var files = Files.list(Path.of("jobs/demo"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		Files.writeString(input.resolve("account-map.csv"), "C99999999,NO-SUCH-COMPANY,\n",
				java.nio.file.StandardOpenOption.APPEND);
		JobProcess job = JobProcess.start(dir.resolve("failed.log"), List.of("asOfDate=2026-11-15",
				"--spring.datasource.url=jdbc:h2:mem:failed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--recon.input-dir=" + input, "--recon.output-dir=" + dir.resolve("out")));

		assertThat(job.waitFor()).isEqualTo(ExitCodes.FAILED);
		assertThat(lastLine(job)).contains("Run 1 FAILED at step loadMappingsStep: account-map.csv line ",
				"column psa_company_id", "NO-SUCH-COMPANY", "then rerun the same command");
		assertThat(Files.readAllLines(job.log())).noneMatch(line -> line.startsWith("\tat "));
	}

	/** Issue 13 item 7: asking for help prints the usage and runs nothing, not even a database connection. */
	@Test
	void helpPrintsTheUsageAndRunsNothing() throws Exception {
		for (String help : List.of("--help", "-h", "help")) {
			JobProcess job = JobProcess.start(dir.resolve("help" + help + ".log"), List.of(help,
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/recon", "--recon.output-dir=" + dir.resolve("out")));

			assertThat(job.waitFor()).as(help).isEqualTo(ExitCodes.SUCCESS);
			assertThat(Files.readString(job.log())).as(help).contains("Usage: java -jar licence-recon.jar", "Exit codes:")
				.doesNotContain("Connection");
		}
		assertThat(dir.resolve("out")).doesNotExist();
	}

	/** Issue 13 item 7: a mistyped or unusable setting is a refused launch (1), said in its last line. */
	@Test
	void anUnknownOrUnusableSettingIsARefusedLaunch() throws Exception {
		JobProcess typo = JobProcess.start(dir.resolve("typo.log"), List.of("asOfDate=2026-11-15",
				"--spring.datasource.url=jdbc:h2:mem:typo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--recon.input-dirr=/nowhere", "--recon.output-dir=" + dir.resolve("out")));
		JobProcess unusable = JobProcess.start(dir.resolve("unusable.log"), List.of("asOfDate=2026-11-15",
				"--spring.datasource.url=jdbc:h2:mem:unusable;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--recon.chunk-size=many", "--recon.output-dir=" + dir.resolve("out")));

		assertThat(typo.waitFor()).isEqualTo(ExitCodes.REFUSED);
		assertThat(lastLine(typo)).contains("unknown setting 'recon.input-dirr'; did you mean 'recon.input-dir'?");
		assertThat(unusable.waitFor()).isEqualTo(ExitCodes.REFUSED);
		assertThat(lastLine(unusable)).contains("Launch refused: the setting recon.chunk-size = 'many' cannot be used");
		assertThat(dir.resolve("out")).as("the demo data was not reconciled").doesNotExist();
	}

	private static String lastLine(JobProcess job) throws Exception {
		List<String> lines = Files.readAllLines(job.log()).stream().filter(l -> !l.isBlank()).toList();
		return lines.get(lines.size() - 1);
	}

}
