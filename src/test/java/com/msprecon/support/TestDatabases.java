package com.msprecon.support;

import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test context at a database of its own: a new in-memory H2 database, or a new schema on the test
 * PostgreSQL server. Flyway builds the production schema in it, so tests see exactly what runs in production.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	public static void h2(DynamicPropertyRegistry registry) {
		String name = "recon_" + UUID.randomUUID().toString().replace("-", "");
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	public static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.Connection.Info server = server();
		String schema = TestSchemas.newName("context");
		registry.add("spring.datasource.url", () -> withSchema(server.url(), schema));
		registry.add("spring.datasource.username", server::user);
		registry.add("spring.datasource.password", server::password);
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
		// Spring keeps every test context (and its pool) open for reuse: small pools that close idle connections,
		// so that a whole suite of contexts stays well under the server's max_connections (100 by default)
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	/** The command-line arguments that point a job process at a new schema of its own for {@code purpose}. */
	public static List<String> postgresArguments(String purpose) {
		PostgresServer.Connection.Info server = server();
		String schema = TestSchemas.newName(purpose);
		return List.of("--spring.datasource.url=" + withSchema(server.url(), schema),
				"--spring.datasource.username=" + server.user(), "--spring.datasource.password=" + server.password(),
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
	}

	/** The server's URL with {@code schema} as the connection's current schema. */
	public static String withSchema(String url, String schema) {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static PostgresServer.Connection.Info server() {
		PostgresServer.Connection.Info server = PostgresServer.info();
		if (server == null) {
			throw new IllegalStateException("RECON_REQUIRE_POSTGRES=true but no PostgreSQL server was found "
					+ "(set TEST_POSTGRES_URL, or run one on 127.0.0.1:5432)");
		}
		return server;
	}

}
