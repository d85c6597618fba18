package com.msprecon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The sweep of the schemas a killed test JVM left: the stale ones go, a running suite's stay. */
@JobTest
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class TestSchemasPostgresTests {

	@Test
	void theSweepDropsOnlyTestSchemasOlderThanAnySuite() {
		PostgresServer.Connection.Info server = PostgresServer.info();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server.url(), server.user(), server.password()));
		Instant now = Instant.ofEpochSecond(jdbc.queryForObject("select extract(epoch from now())::bigint", Long.class));
		String stale = TestSchemas.name("left", now.minus(TestSchemas.STALE).minusSeconds(60), "5eed0001");
		String running = TestSchemas.name("running", now.minusSeconds(60), "5eed0002");
		String other = "test_" + now.minus(TestSchemas.STALE).getEpochSecond() + "_5eed0003_another_project";
		for (String schema : new String[] { stale, running, other }) {
			jdbc.execute("create schema " + schema);
			jdbc.execute("create table " + schema + ".t (id int)");
		}
		try {
			assertThat(TestSchemas.dropStale()).isGreaterThanOrEqualTo(1);
			assertThat(schemas(jdbc, stale, running, other)).containsExactlyInAnyOrder(running, other);
		}
		finally {
			for (String schema : new String[] { stale, running, other }) {
				jdbc.execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	private static java.util.List<String> schemas(JdbcTemplate jdbc, String... names) {
		return jdbc.queryForList("select nspname from pg_namespace where nspname = any (?)", String.class,
				(Object) names);
	}

}
