package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The apply job on the embedded default database. */
class ApplyJobH2Tests extends ApplyJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
