package com.msprecon.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All SQL lives in the top-level {@code sql/} folder (packaged under {@code sql/} on the classpath), so the
 * job, the tests and a DBA read the same statements.
 */
public final class SqlFiles {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private SqlFiles() {
	}

	/** The statement in {@code sql/<path>}, e.g. {@code staging/insert-reject.sql}. */
	public static String load(String path) {
		return CACHE.computeIfAbsent(path, SqlFiles::read);
	}

	private static String read(String path) {
		try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream("sql/" + path)) {
			if (in == null) {
				throw new IllegalStateException("SQL file sql/" + path + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
