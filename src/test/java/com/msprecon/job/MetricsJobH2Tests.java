package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The metrics push on the embedded default database. */
class MetricsJobH2Tests extends MetricsJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
