package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Single steps on Postgres. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class StepPostgresTests extends StepTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
