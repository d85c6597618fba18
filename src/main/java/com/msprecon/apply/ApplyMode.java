package com.msprecon.apply;

/** What the apply job does (docs/rules.md R12). */
public enum ApplyMode {

	/** reads live values and reports the plan; writes nothing to the PSA (the default) */
	PREVIEW,
	/** writes the approved orders to the PSA */
	APPLY

}
