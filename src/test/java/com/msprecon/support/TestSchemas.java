package com.msprecon.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL schemas the tests create, one per test context or job process, and their removal. CI runs on the
 * test server as the last run left it, so a suite that kept its schemas would leave hundreds behind each time.
 * A name carries its creation time, {@code test_<epoch seconds>_<random>_<purpose>}: {@link TestSessionCleanup}
 * drops this JVM's schemas when its test session ends, and the first name a JVM asks for drops those a killed JVM
 * left, once they are older than any run of the suite ({@link #STALE}).
 */
public final class TestSchemas {

	static final Duration STALE = Duration.ofHours(6);

	private static final Logger log = LoggerFactory.getLogger(TestSchemas.class);

	private static final Pattern NAME = Pattern.compile("test_(\\d{10})_.+");

	// PostgreSQL cuts longer identifiers, and a cut name would no longer match the URL's currentSchema
	private static final int MAX_LENGTH = 63;

	private static final Set<String> created = ConcurrentHashMap.newKeySet();

	private static volatile boolean swept;

	private TestSchemas() {
	}

	/** A new schema name for {@code purpose} (letters, digits and underscores), remembered for dropping. */
	public static String newName(String purpose) {
		sweepStaleOnce();
		String name = name(purpose, Instant.now(), UUID.randomUUID().toString().replace("-", "").substring(0, 8));
		created.add(name);
		return name;
	}

	static String name(String purpose, Instant now, String random) {
		String name = "test_" + now.getEpochSecond() + "_" + random + "_" + purpose.toLowerCase();
		return name.substring(0, Math.min(name.length(), MAX_LENGTH));
	}

	/** Whether a schema is one of the tests', and old enough at {@code now} to belong to no running suite. */
	static boolean isStale(String schema, Instant now) {
		Matcher name = NAME.matcher(schema);
		return name.matches() && Instant.ofEpochSecond(Long.parseLong(name.group(1))).plus(STALE).isBefore(now);
	}

	/** Drops the schemas this JVM named; returns how many it dropped. */
	static int dropCreated() {
		List<String> names = new ArrayList<>(created);
		created.removeAll(names);
		return drop(names);
	}

	private static void sweepStaleOnce() {
		if (swept) {
			return;
		}
		synchronized (TestSchemas.class) {
			if (swept) {
				return;
			}
			swept = true;
			int dropped = dropStale(Instant.now());
			if (dropped > 0) {
				log.info("Dropped {} test schemas older than {} that an earlier test run left", dropped, STALE);
			}
		}
	}

	static int dropStale(Instant now) {
		return drop(existing().stream().filter(schema -> isStale(schema, now)).toList());
	}

	private static List<String> existing() {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select nspname from pg_namespace where nspname like 'test\\_%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			log.warn("Could not list the test schemas: {}", ex.getMessage());
		}
		return names;
	}

	private static int drop(List<String> names) {
		if (names.isEmpty()) {
			return 0;
		}
		int dropped = 0;
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			// a process a failed test did not stop may still hold a table: skip its schema, never hang the suite
			statement.execute("set lock_timeout = '5s'");
			for (String name : names) {
				try {
					statement.execute("drop schema if exists \"" + name.replace("\"", "\"\"") + "\" cascade");
					dropped++;
				}
				catch (SQLException ex) {
					log.warn("Could not drop test schema {}: {}", name, ex.getMessage());
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Could not drop {} test schemas: {}", names.size(), ex.getMessage());
		}
		return dropped;
	}

	private static Connection connect() throws SQLException {
		PostgresServer.Connection.Info server = PostgresServer.info();
		if (server == null) {
			throw new SQLException("no PostgreSQL server for the tests");
		}
		return DriverManager.getConnection(server.url(), server.user(), server.password());
	}

}
