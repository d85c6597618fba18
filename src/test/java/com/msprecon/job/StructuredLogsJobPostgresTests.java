package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Structured logs of a run on PostgreSQL, the production database. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class StructuredLogsJobPostgresTests extends StructuredLogsJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
