package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Structured logs of a run on the embedded default database. */
class StructuredLogsJobH2Tests extends StructuredLogsJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
