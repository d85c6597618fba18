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
		assertThat(Files.readString(job.log())).contains("Connection to 127.0.0.1:1 refused");
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

}
