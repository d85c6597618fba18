package com.msprecon.output;

import java.util.function.Function;

/**
 * A column of an output table: its header in the workbook, its name in a CSV file (null when no CSV holds it),
 * what kind of value it holds, its widest width in characters (narrower when its values are), how to get its value
 * from a row, whether it is the figure to act on (emphasised) and whether the sheet's totals row sums it.
 */
public record Column<T>(String header, String csvName, Kind kind, int width, Function<? super T, ?> value,
		boolean emphasised, boolean totalled) {

	public enum Kind {

		TEXT,
		/** a line status or direction, coloured by its value */
		STATUS, QUANTITY,
		/** a quantity shown with its sign: {@code +18}, {@code -4} */
		CHANGE, MONEY, DATE, SCORE, YES_NO,
		/** an empty cell, marked for the person who decides */
		DECISION

	}

	/** Text wider than this wraps in its cell. */
	static final int WRAP_FROM = 40;

	public Column(String header, Kind kind, int width, Function<? super T, ?> value) {
		this(header, null, kind, width, value, false, false);
	}

	public static <T> Column<T> text(String header, int width, Function<? super T, ?> value) {
		return new Column<>(header, Kind.TEXT, width, value);
	}

	public static <T> Column<T> status(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.STATUS, 17, value);
	}

	public static <T> Column<T> quantity(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.QUANTITY, Math.max(10, header.length() + 4), value);
	}

	public static <T> Column<T> change(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.CHANGE, Math.max(10, header.length() + 4), value);
	}

	public static <T> Column<T> money(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.MONEY, Math.max(14, header.length() + 4), value);
	}

	public static <T> Column<T> date(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.DATE, Math.max(12, header.length() + 4), value);
	}

	public static <T> Column<T> score(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.SCORE, Math.max(8, header.length() + 4), value);
	}

	public static <T> Column<T> yesNo(String header, Function<? super T, ?> value) {
		return new Column<>(header, Kind.YES_NO, Math.max(9, header.length() + 4), value);
	}

	/** An empty column for a person's decision. */
	public static <T> Column<T> decision(String header, int width) {
		return new Column<>(header, Kind.DECISION, width, row -> null);
	}

	/** The same column, also written to a CSV file under {@code name}. */
	public Column<T> csv(String name) {
		return new Column<>(header, name, kind, width, value, emphasised, totalled);
	}

	/** The same column with another widest width. */
	public Column<T> width(int characters) {
		return new Column<>(header, csvName, kind, characters, value, emphasised, totalled);
	}

	/** The same column, shown as the figure to act on. */
	public Column<T> emphasise() {
		return new Column<>(header, csvName, kind, width, value, true, totalled);
	}

	/** The same column, summed in the sheet's totals row. */
	public Column<T> withTotal() {
		return new Column<>(header, csvName, kind, width, value, emphasised, true);
	}

	public Object valueOf(T row) {
		return value.apply(row);
	}

	boolean wraps() {
		return kind == Kind.TEXT && width >= WRAP_FROM;
	}

}
