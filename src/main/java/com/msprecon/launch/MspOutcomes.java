package com.msprecon.launch;

import com.msprecon.run.ExitCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of each MSP of an {@code all-msps} launch, and the process's exit code: the most pressing of
 * theirs, so that a shard with any run to resume is tried again and a shard whose only trouble is a refusal is
 * not (a refusal cannot go away by itself; the chart's pod failure policy fails such an index at once).
 */
final class MspOutcomes {

	private final Map<String, Integer> exits = new TreeMap<>();

	private final List<String> skipped = new ArrayList<>();

	private int notStarted;

	void completedBefore(String msp) {
		skipped.add(msp);
	}

	void ended(String msp, int exitCode) {
		exits.put(msp, exitCode);
	}

	/** MSPs left for the rerun because the process was asked to stop before their turn. */
	void notStarted(int count) {
		notStarted = count;
	}

	/** FAILED before STOPPED before REFUSED before SUCCESS: what the operator has to do first. */
	int exitCode() {
		for (int code : List.of(ExitCodes.FAILED, ExitCodes.STOPPED, ExitCodes.REFUSED)) {
			if (exits.containsValue(code)) {
				return code;
			}
		}
		return notStarted > 0 ? ExitCodes.STOPPED : ExitCodes.SUCCESS;
	}

	/** One sentence: how many did what, which did not complete, and what to do. */
	String summary() {
		long completed = exits.values().stream().filter(code -> code == ExitCodes.SUCCESS).count();
		List<String> troubled = exits.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != ExitCodes.SUCCESS)
			.map(entry -> entry.getKey() + " (" + name(entry.getValue()) + ")")
			.toList();
		String figures = completed + " completed now, " + skipped.size() + " completed before, " + troubled.size()
				+ " did not complete" + (notStarted > 0 ? ", " + notStarted + " not started" : "");
		if (troubled.isEmpty() && notStarted == 0) {
			return "All MSPs: " + figures + ".";
		}
		return "All MSPs: " + figures + (troubled.isEmpty() ? "" : ": " + String.join(", ", troubled))
				+ ". Fix what their lines above say, then run the same command again: it resumes only the MSPs "
				+ "that did not complete.";
	}

	private static String name(int exitCode) {
		return switch (exitCode) {
			case ExitCodes.REFUSED -> "refused";
			case ExitCodes.STOPPED -> "stopped";
			default -> "failed";
		};
	}

}
