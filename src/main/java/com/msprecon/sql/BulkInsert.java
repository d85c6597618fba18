package com.msprecon.sql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Inserts many rows with the single-row {@code insert ... values (:a, :b, ...)} statement of an SQL file. On
 * PostgreSQL the rows go in one {@code COPY ... FROM STDIN} through pgjdbc's CopyManager, on the connection of
 * the caller's transaction: a batched INSERT, even rewritten into multi-row statements of up to 128 rows
 * (JobInfrastructure), costs PostgreSQL far more per row than COPY does, and staging and the result tables were
 * most of a large run (issue 16). The rows go as the file's statement, batched, on another database
 * (H2), when a value has no COPY text that means the same (an unknown type, a year outside 1-9999), and, for a
 * statement that says {@code on conflict do nothing}, when COPY meets a key that is already there: so a key
 * already there is ignored, or fails the write, exactly as the statement says.
 */
public final class BulkInsert {

	private static final Pattern INSERT = Pattern.compile(
			"\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)\\s*(on\\s+conflict\\s+do\\s+nothing)?\\s*;?\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("\\w+");

	private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

	/** PostgreSQL's SQLSTATE for a unique violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final String insertSql;

	private final String copySql;

	private final List<String> parameters;

	private final boolean ignoresConflicts;

	private BulkInsert(String insertSql, String copySql, List<String> parameters, boolean ignoresConflicts) {
		this.insertSql = insertSql;
		this.copySql = copySql;
		this.parameters = parameters;
		this.ignoresConflicts = ignoresConflicts;
	}

	/** How rows went in. */
	public enum Way {

		/** one COPY (PostgreSQL) */
		COPY,
		/** the file's statement, batched: another database, a value without COPY text, or a key already there */
		STATEMENT,
		/** nothing to insert */
		NONE

	}

	/** The insert statement of {@code sqlFile} (under {@code sql/}); fails unless it is a plain VALUES insert. */
	public static BulkInsert of(String sqlFile) {
		return of(sqlFile, SqlFiles.load(sqlFile));
	}

	static BulkInsert of(String sqlFile, String sql) {
		Matcher insert = INSERT.matcher(sql.replaceAll("--[^\\n]*", ""));
		if (!insert.matches()) {
			throw new IllegalArgumentException(sqlFile + " is not an insert of one row of named parameters");
		}
		List<String> columns = Arrays.stream(insert.group(2).split(",")).map(String::strip).toList();
		List<String> values = Arrays.stream(insert.group(3).split(",")).map(String::strip).toList();
		if (columns.size() != values.size() || !columns.stream().allMatch(c -> NAME.matcher(c).matches())
				|| !values.stream().allMatch(v -> PARAMETER.matcher(v).matches())) {
			throw new IllegalArgumentException(sqlFile + ": every column needs one named parameter as its value");
		}
		String copySql = "copy " + insert.group(1) + " (" + String.join(", ", columns) + ") from stdin (format csv)";
		return new BulkInsert(sql, copySql, values.stream().map(v -> v.substring(1)).toList(), insert.group(4) != null);
	}

	/** Inserts {@code rows} in the caller's transaction (or, outside one, as one statement). */
	public Way insert(NamedParameterJdbcTemplate jdbc, List<? extends SqlParameterSource> rows) {
		if (rows.isEmpty()) {
			return Way.NONE;
		}
		Boolean copied = jdbc.getJdbcOperations().execute((ConnectionCallback<Boolean>) c -> copy(c, rows));
		if (Boolean.TRUE.equals(copied)) {
			return Way.COPY;
		}
		jdbc.batchUpdate(insertSql, rows.toArray(SqlParameterSource[]::new));
		return Way.STATEMENT;
	}

	/**
	 * True when COPY inserted every row; false on another database, for a value without COPY text, or when a key
	 * is already there and the statement ignores it.
	 */
	private boolean copy(Connection connection, List<? extends SqlParameterSource> rows) throws SQLException {
		if (!connection.isWrapperFor(PGConnection.class)) {
			return false;
		}
		byte[] csv = csv(rows);
		if (csv == null) {
			return false;
		}
		// a failed COPY aborts the whole transaction: the savepoint keeps the chunk's other writes for the retry
		// as a statement (only a statement that ignores a key already there needs one)
		Savepoint savepoint = ignoresConflicts && !connection.getAutoCommit() ? connection.setSavepoint() : null;
		try {
			// bytes, not a Reader: pgjdbc encodes a Reader in pieces, and a piece may end inside a surrogate pair
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new ByteArrayInputStream(csv));
		}
		catch (SQLException ex) {
			if (!ignoresConflicts || !UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw ex;
			}
			if (savepoint != null) {
				connection.rollback(savepoint);
				connection.releaseSavepoint(savepoint);
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (savepoint != null) {
			connection.releaseSavepoint(savepoint);
		}
		return true;
	}

	/**
	 * The rows in COPY's CSV format, UTF-8 (pgjdbc's client encoding): a null is an empty field, text always
	 * quoted (so '' stays ''); null when a value has no COPY text that means what the statement would store.
	 */
	private byte[] csv(List<? extends SqlParameterSource> rows) {
		StringBuilder out = new StringBuilder(rows.size() * 128);
		for (SqlParameterSource row : rows) {
			for (int i = 0; i < parameters.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				if (!appendValue(out, row.getValue(parameters.get(i)))) {
					return null;
				}
			}
			out.append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static boolean appendValue(StringBuilder out, Object value) {
		Object v = value instanceof SqlParameterValue p ? p.getValue() : value;
		if (v == null) {
			return true;
		}
		if (v instanceof BigDecimal d) {
			out.append(d.toPlainString());
		}
		else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Boolean) {
			out.append(v);
		}
		else if (v instanceof Enum<?> e) {
			quote(out, e.name());
		}
		else if (v instanceof String || v instanceof Character) {
			quote(out, v.toString());
		}
		else if (v instanceof LocalDate d && d.getYear() >= 1 && d.getYear() <= 9999) {
			// ISO 8601, which PostgreSQL reads; other years print as PostgreSQL does not read them
			out.append(d);
		}
		else {
			return false;
		}
		return true;
	}

	private static void quote(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		out.append('"');
	}

}
