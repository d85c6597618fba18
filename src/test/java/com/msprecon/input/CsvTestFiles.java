package com.msprecon.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Writes CSV inputs for the reader tests and drains {@link ItemStreamReader}s as the staging step would. */
public final class CsvTestFiles {

	private CsvTestFiles() {
	}

	/** Writes {@code lines} joined by {@code \n}, with a final line break, as UTF-8. */
	public static Path write(Path dir, String name, String... lines) {
		return writeRaw(dir, name, String.join("\n", lines) + "\n");
	}

	/** Writes {@code content} exactly as given, as UTF-8. */
	public static Path writeRaw(Path dir, String name, String content) {
		try {
			return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes {@code content} byte for byte: for files that are not valid UTF-8. */
	public static Path writeBytes(Path dir, String name, byte[] content) {
		try {
			return Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies the fixture {@code /input/<resource>} to {@code dir/<name>}. */
	public static Path copyFixture(String resource, Path dir, String name) {
		try (var in = CsvTestFiles.class.getResourceAsStream("/input/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture /input/" + resource);
			}
			Path target = dir.resolve(name);
			Files.copy(in, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens with a fresh context, reads until null, closes. */
	public static <T> List<InputRow<T>> readAll(ItemStreamReader<InputRow<T>> reader) {
		return readAll(reader, new ExecutionContext());
	}

	public static <T> List<InputRow<T>> readAll(ItemStreamReader<InputRow<T>> reader, ExecutionContext context) {
		reader.open(context);
		try {
			List<InputRow<T>> rows = new ArrayList<>();
			for (InputRow<T> row = read(reader); row != null; row = read(reader)) {
				rows.add(row);
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

	public static <T> InputRow<T> read(ItemStreamReader<InputRow<T>> reader) {
		try {
			return reader.read();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static <T> List<InputRow<T>> rejects(List<InputRow<T>> rows) {
		return rows.stream().filter(r -> !r.isAccepted()).toList();
	}

	public static <T> List<T> values(List<InputRow<T>> rows) {
		return rows.stream().filter(InputRow::isAccepted).map(InputRow::value).toList();
	}

	/** The only reject of {@code rows}. */
	public static <T> InputReject onlyReject(List<InputRow<T>> rows) {
		List<InputRow<T>> rejects = rejects(rows);
		if (rejects.size() != 1) {
			throw new AssertionError("expected exactly one reject, got " + rejects.size() + ": " + rejects);
		}
		return rejects.get(0).reject();
	}

}
