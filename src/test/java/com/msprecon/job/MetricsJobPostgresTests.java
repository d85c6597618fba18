package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The metrics push on PostgreSQL, the production database. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class MetricsJobPostgresTests extends MetricsJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
