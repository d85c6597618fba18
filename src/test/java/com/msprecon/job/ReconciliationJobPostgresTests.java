package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The job on PostgreSQL, the production database (see {@code PostgresServer} for where it comes from). */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class ReconciliationJobPostgresTests extends ReconciliationJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
