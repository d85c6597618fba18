package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.input.InputFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The reason a failed run's last log line gives: the job's own message, which names file, line and column. */
class RunStatusListenerTests {

	@Test
	void theJobsOwnMessageBeatsTheLibraryCauseBelowIt() {
		var csv = new UncheckedIOException(new IOException("(startline 2) EOF reached before encapsulated token finished"));
		var ours = new InputFileException("psa-additions.csv line 2: cannot parse the CSV: (startline 2) EOF reached", csv);

		assertThat(RunStatusListener.reason(new IllegalStateException("step failed", ours)))
			.isEqualTo("psa-additions.csv line 2: cannot parse the CSV: (startline 2) EOF reached");
	}

	@Test
	void withoutOneTheRootCauseSpeaks() {
		var root = new IOException("Connection reset");

		assertThat(RunStatusListener.reason(new IllegalStateException("wrapper", new RuntimeException(root))))
			.isEqualTo("Connection reset");
		assertThat(RunStatusListener.reason(new NullPointerException())).isEqualTo("NullPointerException");
	}

}
