package com.msprecon.usage.graph;

import java.util.List;
import java.util.UUID;

/** The Graph usage job test on the embedded default database. */
class GraphUsageJobH2Tests extends GraphUsageJobTests {

	@Override
	List<String> databaseArguments(String name) {
		return List.of("--spring.datasource.url=jdbc:h2:mem:usage_" + name + "_" + UUID.randomUUID().toString()
			.replace("-", "") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

}
