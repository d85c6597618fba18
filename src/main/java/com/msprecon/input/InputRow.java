package com.msprecon.input;

/**
 * What a source reader yields for every record it reads: either a usable value or a reject.
 * Readers never drop a record, so for every input: read = used + rejected.
 */
public record InputRow<T>(String source, long line, T value, InputReject reject) {

	public static <T> InputRow<T> accepted(String source, long line, T value) {
		return new InputRow<>(source, line, value, null);
	}

	public static <T> InputRow<T> rejected(InputReject reject) {
		return new InputRow<>(reject.source(), reject.line(), null, reject);
	}

	public boolean isAccepted() {
		return reject == null;
	}

}
