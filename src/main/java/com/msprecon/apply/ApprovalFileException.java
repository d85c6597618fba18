package com.msprecon.apply;

import java.util.List;

/**
 * The approvals cannot be used (docs/rules.md R10): each problem names the file, the line or cell and the reason.
 * An {@link IllegalArgumentException}, so that the launch is refused before anything is written.
 */
public class ApprovalFileException extends IllegalArgumentException {

	private static final int SHOWN = 20;

	private final List<String> problems;

	public ApprovalFileException(List<String> problems) {
		super(message(problems));
		this.problems = List.copyOf(problems);
	}

	public ApprovalFileException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}

	private static String message(List<String> problems) {
		StringBuilder text = new StringBuilder("the approvals cannot be used (" + problems.size() + " problem"
				+ (problems.size() == 1 ? "" : "s") + "); nothing was written:");
		problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
		if (problems.size() > SHOWN) {
			text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
		}
		return text.toString();
	}

}
