package com.msprecon.staging;

import com.msprecon.input.InputReject;
import com.msprecon.input.InputRow;
import com.msprecon.run.RunContext;
import com.msprecon.sql.BulkInsert;
import java.util.function.BiFunction;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes one chunk of a source into its staging table, and its rejects into {@code input_reject}, in the
 * chunk's transaction ({@link BulkInsert}: COPY on PostgreSQL). Inserts ignore a key already present, so a chunk
 * written twice leaves no duplicate.
 */
public class StagingWriter<T> implements ItemWriter<InputRow<T>> {

	private final NamedParameterJdbcTemplate jdbc;

	private final RunContext run;

	private final BulkInsert insert;

	private final BulkInsert rejects = BulkInsert.of("staging/insert-reject.sql");

	private final BiFunction<T, MapSqlParameterSource, MapSqlParameterSource> columns;

	/**
	 * @param run the run being staged (a step-scoped bean: the writer serves every execution of its step)
	 * @param table the staging table's insert statement and columns
	 */
	public StagingWriter(NamedParameterJdbcTemplate jdbc, RunContext run, StagingTable<T> table) {
		this.jdbc = jdbc;
		this.run = run;
		this.insert = BulkInsert.of(table.insertSqlFile());
		this.columns = table.columns();
	}

	@Override
	public void write(Chunk<? extends InputRow<T>> chunk) {
		long runId = run.runId();
		insert.insert(jdbc, chunk.getItems()
			.stream()
			.filter(InputRow::isAccepted)
			.map(row -> columns.apply(row.value(), base(runId, row.source(), row.line())))
			.toList());
		rejects.insert(jdbc, chunk.getItems()
			.stream()
			.filter(row -> !row.isAccepted())
			.map(row -> rejectParameters(runId, row.reject()))
			.toList());
	}

	private static MapSqlParameterSource base(long runId, String source, long line) {
		return new MapSqlParameterSource().addValue("runId", runId).addValue("source", source).addValue("line", line);
	}

	static MapSqlParameterSource rejectParameters(long runId, InputReject reject) {
		return new MapSqlParameterSource().addValue("runId", runId)
			.addValue("source", reject.source())
			.addValue("line", reject.line())
			.addValue("column", reject.column())
			.addValue("reason", truncate(reject.reason(), 2000))
			.addValue("record", truncate(reject.record(), 4000));
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
