package com.msprecon.matching;

/**
 * Automatic account matching (R3): picks a company only when one is clearly best, otherwise none.
 * A wrong automatic match bills the wrong customer, so it is worse than no match.
 */
public interface AccountMatcher {

	MatchResult match(AccountToMatch account);

}
