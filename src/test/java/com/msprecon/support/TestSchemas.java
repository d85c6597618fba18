package com.msprecon.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A name carries its creation time, {@code recon_test_<epoch seconds>_<random>_<purpose>}: {@link TestSessionCleanup}
 * drops this JVM's schemas when its test session ends, and the first name a JVM asks for drops those a killed JVM
 * left, once they are older, by the server's clock, than any run of the suite ({@link #STALE}).
 */
public final class TestSchemas {

	static final Duration STALE = Duration.ofHours(6);

	private static final Logger log = LoggerFactory.getLogger(TestSchemas.class);

	private static final String PREFIX = "recon_test_";

	private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d{10})_.+");

	// the name goes unquoted into URLs (currentSchema) and SQL
	private static final Pattern PURPOSE = Pattern.compile("[a-z0-9_]+");

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
		String lower = purpose.toLowerCase(Locale.ROOT);
		if (!PURPOSE.matcher(lower).matches()) {
			throw new IllegalArgumentException("a test schema's purpose is letters, digits and underscores: " + purpose);
		}
		String name = PREFIX + now.getEpochSecond() + "_" + random + "_" + lower;
		return name.substring(0, Math.min(name.length(), MAX_LENGTH));
	}

	/** Whether a schema is one of the tests', and old enough at {@code now} to belong to no running suite. */
	static boolean isStale(String schema, Instant now) {
		Matcher name = NAME.matcher(schema);
		return name.matches() && Instant.ofEpochSecond(Long.parseLong(name.group(1))).plus(STALE).isBefore(now);
	}

	/** Drops the schemas this JVM named; returns how many of them existed. */
	static int dropCreated() {
		List<String> names = new ArrayList<>(created);
		created.removeAll(names);
		return names.isEmpty() ? 0 : drop(names);
	}

	/** Drops the test schemas that are stale by the server's clock; returns how many. */
	static int dropStale() {
		List<String> stale = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select nspname, extract(epoch from now())::bigint from pg_namespace "
						+ "where nspname like 'recon\\_test\\_%'")) {
			while (rows.next()) {
				if (isStale(rows.getString(1), Instant.ofEpochSecond(rows.getLong(2)))) {
					stale.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Could not list the test schemas: {}", ex.getMessage());
			return 0;
		}
		return stale.isEmpty() ? 0 : drop(stale);
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
			int dropped = dropStale();
			if (dropped > 0) {
				log.info("Dropped {} test schemas older than {} that an earlier test run left", dropped, STALE);
			}
		}
	}

	private static int drop(List<String> names) {
		int dropped = 0;
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_namespace where nspname = ?")) {
			// a process a failed test did not stop may still hold a table: skip its schema, never hang the suite
			statement.execute("set lock_timeout = '5s'");
			for (String name : names) {
				exists.setString(1, name);
				try (var row = exists.executeQuery()) {
					if (!row.next()) {
						continue;
					}
				}
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
