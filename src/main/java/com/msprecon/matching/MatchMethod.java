package com.msprecon.matching;

/** The signal that decided an automatic match, strongest first (R3). */
public enum MatchMethod {

	/** A vendor domain has the registrable domain of one of the company's websites (shared platforms never count). */
	DOMAIN,

	/** The normalized names are equal (also with umlauts written without dots), or one part of a tagged name is. */
	NAME,

	/** One typing slip in one word ({@link FuzzyNameRule}; no similarity threshold), and no other company is that close. */
	FUZZY

}
