package com.msprecon.input;

/**
 * An input that cannot be read at all (missing file or column, empty file, broken quoting, a bad mapping
 * table). It fails the run before anything is written; the message names the file, line and reason.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

	public InputFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
