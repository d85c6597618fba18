package com.msprecon.http;

import com.msprecon.input.FieldException;
import com.msprecon.input.InputReject;
import com.msprecon.input.InputRow;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import tools.jackson.databind.JsonNode;

/**
 * Base of the API readers: turns each API record into an {@link InputRow} (a reject names the field and keeps
 * the raw JSON) and numbers the records. Subclasses keep their own resume cursor (the key of the last record
 * read) in the execution context; the count is saved with it so that record numbers go on after a restart.
 *
 * <p>
 * An API has no lines, so the {@code line} of a row is its 1-based position in the read order. Rejects are
 * stored keyed by (run, source, line), so every record needs its own number.
 */
public abstract class ApiRecordReader<T> implements ItemStreamReader<InputRow<T>> {

	private static final int MAX_RAW = 4000;

	private final String name;

	private final String source;

	private long count;

	/**
	 * @param name the reader's name, the prefix of its execution-context keys: never rename it while a failed
	 * run may be restarted
	 * @param source the input's name as given in {@code SourceInput}, e.g. {@code mimecast-api}
	 */
	protected ApiRecordReader(String name, String source) {
		this.name = name;
		this.source = source;
	}

	@Override
	public final void open(ExecutionContext context) {
		count = context.getLong(key("read.count"), 0L);
		openAt(context);
	}

	@Override
	public final void update(ExecutionContext context) {
		context.putLong(key("read.count"), count);
		saveCursor(context);
	}

	/**
	 * @throws JobInterruptedException when an API call was given up because the run is being stopped: Spring
	 * Batch ends the step STOPPED for it (not FAILED), the chunk in progress rolls back, and the rerun resumes
	 * after the last commit, as after a stop at a chunk boundary
	 */
	@Override
	public final InputRow<T> read() throws JobInterruptedException {
		try {
			return readNext();
		}
		catch (StopRequestedException ex) {
			JobInterruptedException stopped = new JobInterruptedException(ex.getMessage());
			stopped.initCause(ex);
			throw stopped;
		}
	}

	/** Resumes after the cursor saved in the context, or starts at the beginning when there is none. */
	protected abstract void openAt(ExecutionContext context);

	/** Puts the cursor (the key of the last record returned) into the context. */
	protected abstract void saveCursor(ExecutionContext context);

	/** The next row, or {@code null} at the end; call {@link #row} to turn a record into one. */
	protected abstract InputRow<T> readNext();

	protected final String key(String suffix) {
		return name + "." + suffix;
	}

	/** Maps one API record; a field problem makes it a reject with the raw JSON, never a lost record. */
	protected final InputRow<T> row(JsonNode record, RecordMapper<T> mapper) {
		count++;
		try {
			return InputRow.accepted(source, count, mapper.map(record));
		}
		catch (FieldException ex) {
			return reject(ex.column(), ex.getMessage(), record);
		}
	}

	/** A reject for a record that cannot be used for a reason found outside its own fields. */
	protected final InputRow<T> rejectRecord(String field, String reason, JsonNode record) {
		count++;
		return reject(field, reason, record);
	}

	private InputRow<T> reject(String field, String reason, JsonNode record) {
		String raw = record.toString();
		return InputRow.rejected(new InputReject(source, count, field, reason,
				raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "…" : raw));
	}

	/** Maps an API record to a domain record, or throws {@link FieldException}. */
	@FunctionalInterface
	public interface RecordMapper<T> {

		T map(JsonNode record);

	}

}
