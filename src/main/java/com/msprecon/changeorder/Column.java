package com.msprecon.changeorder;

/** A column of a sheet: its header, what it holds and its width in characters. */
public record Column(String header, Kind kind, int width) {

	public enum Kind {

		TEXT, QUANTITY, MONEY, DATE, SCORE, YES_NO

	}

	public static Column text(String header, int width) {
		return new Column(header, Kind.TEXT, width);
	}

	public static Column quantity(String header) {
		return new Column(header, Kind.QUANTITY, Math.max(10, header.length() + 4));
	}

	public static Column money(String header) {
		return new Column(header, Kind.MONEY, Math.max(12, header.length() + 4));
	}

	public static Column date(String header) {
		return new Column(header, Kind.DATE, Math.max(12, header.length() + 4));
	}

	public static Column score(String header) {
		return new Column(header, Kind.SCORE, Math.max(8, header.length() + 4));
	}

	public static Column yesNo(String header) {
		return new Column(header, Kind.YES_NO, Math.max(9, header.length() + 4));
	}

}
