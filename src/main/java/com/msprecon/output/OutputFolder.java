package com.msprecon.output;

import com.msprecon.run.RunKey;

/**
 * The folder of one run's outputs, whatever the sink (docs/rules.md §5): {@code [<msp>/]<period>/<asOfDate>-attempt-<N>}
 * for a reconciliation, with {@code -match-only} for a match-only run, and a sub-folder of its own inside the
 * reconciliation's for each apply run.
 *
 * @param run the run whose outputs it holds
 * @param matchOnly whether the run is a match-only run
 * @param subfolder a folder inside the run's, e.g. an apply run's; {@code null} for the run's own
 */
public record OutputFolder(RunKey run, boolean matchOnly, String subfolder) {

	/** A reconciliation's folder. */
	public static OutputFolder of(RunKey run) {
		return new OutputFolder(run, false, null);
	}

	/** A match-only run's folder. */
	public static OutputFolder matchOnly(RunKey run) {
		return new OutputFolder(run, true, null);
	}

	/** A folder inside this one. */
	public OutputFolder within(String name) {
		return new OutputFolder(run, matchOnly, subfolder == null ? name : subfolder + "/" + name);
	}

}
