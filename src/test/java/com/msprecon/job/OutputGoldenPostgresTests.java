package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The golden outputs on Postgres. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class OutputGoldenPostgresTests extends OutputGoldenTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
