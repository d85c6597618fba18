package com.msprecon.http;

/** A field of an API record that is missing or unusable; the record becomes a reject naming the field. */
public class JsonFieldException extends RuntimeException {

	private final String field;

	public JsonFieldException(String field, String reason) {
		super(reason);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
