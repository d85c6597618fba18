package com.msprecon.run;

/**
 * A rerun found an input changed that its run had already staged completely (docs/rules.md §1): it is refused
 * before anything is written, since it would combine two versions of that input.
 */
public class InputChangedException extends RuntimeException {

	public InputChangedException(String message) {
		super(message);
	}

	/** Whether the failure, or one of its causes, is this refusal. */
	public static boolean isCauseOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof InputChangedException) {
				return true;
			}
		}
		return false;
	}

}
