package com.msprecon.usage.graph;

import com.msprecon.support.PostgresServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIf;

/** The Graph usage job test on PostgreSQL, a schema of its own per run. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class GraphUsageJobPostgresTests extends GraphUsageJobTests {

	@Override
	List<String> databaseArguments(String name) {
		PostgresServer.Connection.Info server = PostgresServer.info();
		String schema = "usage_" + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		return List.of("--spring.datasource.url=" + server.url() + (server.url().contains("?") ? "&" : "?")
				+ "currentSchema=" + schema, "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password(), "--spring.flyway.schemas=" + schema,
				"--spring.flyway.default-schema=" + schema);
	}

}
