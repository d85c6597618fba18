package com.msprecon.job;

import com.msprecon.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The golden outputs on H2. */
class OutputGoldenH2Tests extends OutputGoldenTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

}
