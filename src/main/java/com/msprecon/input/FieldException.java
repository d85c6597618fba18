package com.msprecon.input;

/** A field of a record that cannot be used; the reader turns it into a reject naming the column. */
public class FieldException extends RuntimeException {

	private final String column;

	public FieldException(String column, String reason) {
		super(reason);
		this.column = column;
	}

	public String column() {
		return column;
	}

}
