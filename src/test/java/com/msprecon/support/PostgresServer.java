package com.msprecon.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run against, found in this order: {@code TEST_POSTGRES_URL} (with
 * {@code TEST_POSTGRES_USER}, {@code TEST_POSTGRES_PASSWORD}); a server on 127.0.0.1:5432 (user postgres, database
 * test), as on the build machines and in CI; a Testcontainers PostgreSQL where a Docker engine runs. With none,
 * the PostgreSQL tests are skipped, unless {@code RECON_REQUIRE_POSTGRES=true} (CI), which fails them instead.
 */
public final class PostgresServer {

	private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

	private static volatile Connection.Info found;

	private PostgresServer() {
	}

	/** For {@code @EnabledIf}: whether a server is reachable (or required, so that its absence fails). */
	public static boolean isAvailable() {
		return "true".equalsIgnoreCase(System.getenv("RECON_REQUIRE_POSTGRES")) || info() != null;
	}

	public static Connection.Info info() {
		if (found == null) {
			synchronized (PostgresServer.class) {
				if (found == null) {
					found = locate();
				}
			}
		}
		return found;
	}

	private static Connection.Info locate() {
		String url = System.getenv("TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return new Connection.Info(url, env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", ""));
		}
		Connection.Info local = new Connection.Info("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
		if (canConnect(local)) {
			return local;
		}
		try {
			if (DockerClientFactory.instance().isDockerAvailable()) {
				var container = new PostgreSQLContainer("postgres:16");
				container.start();
				return new Connection.Info(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			}
		}
		catch (RuntimeException ex) {
			log.info("No Docker engine for a PostgreSQL container: {}", ex.getMessage());
		}
		return null;
	}

	private static boolean canConnect(Connection.Info info) {
		Properties props = new Properties();
		props.setProperty("user", info.user());
		props.setProperty("password", info.password());
		props.setProperty("connectTimeout", "2");
		try (var ignored = DriverManager.getConnection(info.url(), props)) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null ? otherwise : value;
	}

	/** Where to connect. */
	public static final class Connection {

		private Connection() {
		}

		public record Info(String url, String user, String password) {

		}

	}

}
