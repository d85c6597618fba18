package com.msprecon.output;

import java.util.function.Function;

/**
 * A column of an output table: its header in the workbook, its name in a CSV file (null when no CSV holds it),
 * what kind of value it holds, its width in characters, and how to get its value from a row.
 */
public record Column<T>(String header, String csvName, Kind kind, int width, Function<? super T, ?> value) {

	public enum Kind {

		TEXT, QUANTITY, MONEY, DATE, SCORE, YES_NO

	}

	public static <T> Column<T> text(String header, int width, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.TEXT, width, value);
	}

	public static <T> Column<T> quantity(String header, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.QUANTITY, Math.max(10, header.length() + 4), value);
	}

	public static <T> Column<T> money(String header, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.MONEY, Math.max(12, header.length() + 4), value);
	}

	public static <T> Column<T> date(String header, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.DATE, Math.max(12, header.length() + 4), value);
	}

	public static <T> Column<T> score(String header, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.SCORE, Math.max(8, header.length() + 4), value);
	}

	public static <T> Column<T> yesNo(String header, Function<? super T, ?> value) {
		return new Column<>(header, null, Kind.YES_NO, Math.max(9, header.length() + 4), value);
	}

	/** The same column, also written to a CSV file under {@code name}. */
	public Column<T> csv(String name) {
		return new Column<>(header, name, kind, width, value);
	}

	/** The same column with another width. */
	public Column<T> width(int characters) {
		return new Column<>(header, csvName, kind, characters, value);
	}

	public Object valueOf(T row) {
		return value.apply(row);
	}

}
