package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** R9 over months on PostgreSQL, the production database. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class MonthOverMonthJobPostgresTests extends MonthOverMonthJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
