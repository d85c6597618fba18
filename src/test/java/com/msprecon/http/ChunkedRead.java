package com.msprecon.http;

import com.msprecon.input.InputRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads like a chunk-oriented step does: {@code update()} before each chunk commits, and on a failure the
 * uncommitted chunk is lost and the execution context holds the state of the last commit.
 *
 * @param committed the rows of the committed chunks
 * @param context the execution context as last saved
 * @param failure what ended the read early, or {@code null} when it reached the end
 */
public record ChunkedRead<T>(List<InputRow<T>> committed, ExecutionContext context, RuntimeException failure) {

	public static <T> ChunkedRead<T> run(ItemStreamReader<InputRow<T>> reader, ExecutionContext saved, int chunkSize) {
		ExecutionContext context = new ExecutionContext(saved);
		List<InputRow<T>> committed = new ArrayList<>();
		List<InputRow<T>> chunk = new ArrayList<>();
		reader.open(context);
		try {
			InputRow<T> row;
			while ((row = reader.read()) != null) {
				chunk.add(row);
				if (chunk.size() == chunkSize) {
					commit(reader, context, committed, chunk);
				}
			}
			commit(reader, context, committed, chunk);
			return new ChunkedRead<>(committed, context, null);
		}
		catch (RuntimeException ex) {
			return new ChunkedRead<>(committed, context, ex);
		}
		catch (Exception ex) {
			return new ChunkedRead<>(committed, context, new IllegalStateException(ex));
		}
		finally {
			reader.close();
		}
	}

	public static <T> List<InputRow<T>> all(ItemStreamReader<InputRow<T>> reader) {
		ChunkedRead<T> read = run(reader, new ExecutionContext(), 100);
		if (read.failure() != null) {
			throw read.failure();
		}
		return read.committed();
	}

	private static <T> void commit(ItemStreamReader<InputRow<T>> reader, ExecutionContext context,
			List<InputRow<T>> committed, List<InputRow<T>> chunk) {
		reader.update(context);
		committed.addAll(chunk);
		chunk.clear();
	}

}
