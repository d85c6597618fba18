package com.msprecon.matching;

import java.util.List;

/** The parts of a vendor account the matcher looks at. {@code domains} are lower case, possibly empty. */
public record AccountToMatch(String accountCode, String accountName, List<String> domains) {

	public AccountToMatch {
		domains = List.copyOf(domains);
	}

}
