package com.msprecon.usage.graph;

import com.msprecon.support.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIf;

/** The Graph usage job test on PostgreSQL, a schema of its own per run. */
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class GraphUsageJobPostgresTests extends GraphUsageJobTests {

	@Override
	List<String> databaseArguments(String name) {
		return TestDatabases.postgresArguments("usage_" + name);
	}

}
