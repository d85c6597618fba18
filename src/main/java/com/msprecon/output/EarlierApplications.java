package com.msprecon.output;

import java.util.Map;

/**
 * docs/rules.md R12 for the reconciliation's own outputs: which of a run's change orders an earlier run's applied
 * order has already carried out (a new line that starts after this run's as-of date, so this run could not count
 * it yet), as a sentence per order key. Implemented by the apply feature, which owns the ledger.
 */
@FunctionalInterface
public interface EarlierApplications {

	/** Nobody applies anything (contexts without the apply job). */
	EarlierApplications NONE = runId -> Map.of();

	/** Order key to a sentence naming the earlier order, its apply run and when its line starts. */
	Map<String, String> of(long runId);

}
