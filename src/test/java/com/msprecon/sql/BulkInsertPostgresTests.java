package com.msprecon.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.support.JobTest;
import com.msprecon.support.PostgresServer;
import com.msprecon.support.TestDatabases;
import com.msprecon.support.TestSchemas;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link BulkInsertTests} on PostgreSQL, where the rows go in as one COPY. */
@JobTest
@EnabledIf("com.msprecon.support.PostgresServer#isAvailable")
class BulkInsertPostgresTests extends BulkInsertTests {

	private HikariDataSource pool;

	/** A schema of its own, through the connection pool the job uses (COPY reaches pgjdbc through its proxies). */
	@Override
	DataSource dataSource() {
		PostgresServer.Connection.Info server = PostgresServer.info();
		String schema = TestSchemas.newName("bulk_insert");
		new JdbcTemplate(new DriverManagerDataSource(server.url(), server.user(), server.password()))
			.execute("create schema " + schema);
		pool = new HikariDataSource();
		pool.setJdbcUrl(TestDatabases.withSchema(server.url(), schema));
		pool.setUsername(server.user());
		pool.setPassword(server.password());
		pool.setMaximumPoolSize(2);
		return pool;
	}

	@Override
	void close() {
		pool.close();
	}

	@Test
	void aNumberKeepsItsScale() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql",
				"insert into bulk_item (id, amount) values (:id, :amount) on conflict do nothing");

		insert.insert(jdbc, List.of(new MapSqlParameterSource("id", 1).addValue("amount", new BigDecimal("1.50")),
				new MapSqlParameterSource("id", 2).addValue("amount", new BigDecimal("1E+3"))));

		assertThat(jdbc.getJdbcOperations().queryForList("select amount::text from bulk_item order by id", String.class))
			.containsExactly("1.50", "1000");
	}

	@Override
	BulkInsert.Way expectedWay() {
		return BulkInsert.Way.COPY;
	}

}
