package com.msprecon.matching;

/** The signal that decided an automatic match, strongest first (R3). */
public enum MatchMethod {

	/** A vendor domain equals the company's website domain. */
	DOMAIN,

	/** The normalized names are equal. */
	NAME,

	/** The names are similar above the threshold, and clearly more similar than any other company's. */
	FUZZY

}
