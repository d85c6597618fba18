package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.support.TestDatabases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reconciliation run's transactions commit without waiting for PostgreSQL's flush to disk; once the run has
 * ended, and outside a run, every commit waits again ({@link RunTransactionManager}).
 */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class DeferredFlushPostgresTests extends JobTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aRunsChunksDeferTheFlushAndTheRunEndsWaitingForIt() throws Exception {
		List<String> seen = new ArrayList<>();
		faults.arm("stageVendorAccountsStep", 0, () -> seen.add(synchronousCommit()));

		var execution = run(LocalDate.of(2026, 5, 15), 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(seen).as("inside a chunk's transaction").containsExactly("off");
		assertThat(RunTransactionManager.deferring()).as("after the run").isFalse();
		assertThat(inATransaction()).isEqualTo("on");
	}

	@Test
	void outsideARunEveryCommitWaitsForTheFlush() {
		assertThat(transactionManager).isInstanceOf(RunTransactionManager.class);
		assertThat(inATransaction()).isEqualTo("on");
	}

	private String inATransaction() {
		String setting = new TransactionTemplate(transactionManager).execute(status -> synchronousCommit());
		return setting;
	}

	private String synchronousCommit() {
		return jdbc.queryForObject("show synchronous_commit", String.class);
	}

}
