package com.msprecon.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one CSV input of docs/rules.md §3 as {@link InputRow}s: every record comes back, either as a value or as a
 * reject naming line, column and reason, so that read = used + rejected. A second record with a key seen
 * before is a reject too. Restart: the base class skips the records already committed by reading them
 * again, which also rebuilds the set of seen keys.
 */
public class CsvRecordReader<T> extends AbstractItemCountingItemStreamItemReader<InputRow<T>> {

	private final Path path;

	private final List<String> columns;

	private final CsvRowMapper<T> mapper;

	private final String keyColumn;

	private final Function<T, String> key;

	private final Map<String, Long> seenKeys = new HashMap<>();

	private CsvFile file;

	public CsvRecordReader(String name, Path path, List<String> columns, CsvRowMapper<T> mapper, String keyColumn,
			Function<T, String> key) {
		setName(name);
		this.path = path;
		this.columns = List.copyOf(columns);
		this.mapper = mapper;
		this.keyColumn = keyColumn;
		this.key = key;
	}

	@Override
	protected void doOpen() {
		seenKeys.clear();
		file = CsvFile.open(path, columns);
	}

	@Override
	protected InputRow<T> doRead() {
		CsvFile.Line line = file.next();
		if (line == null) {
			return null;
		}
		try {
			T value = mapper.map(file.row(line));
			String k = key.apply(value);
			Long first = seenKeys.putIfAbsent(k, line.number());
			if (first != null) {
				return reject(line, keyColumn, "duplicate " + keyColumn + " '" + k + "' (first on line " + first + ")");
			}
			return InputRow.accepted(file.name(), line.number(), value);
		}
		catch (FieldException ex) {
			return reject(line, ex.column(), ex.getMessage());
		}
	}

	private InputRow<T> reject(CsvFile.Line line, String column, String reason) {
		return InputRow.rejected(new InputReject(file.name(), line.number(), column, reason, line.raw()));
	}

	@Override
	protected void doClose() {
		if (file != null) {
			file.close();
			file = null;
		}
	}

}
