package com.msprecon.mapping;

import java.util.List;

/** The two mapping tables of one run, as read (docs/rules.md §2.3). */
public record MappingTables(List<AccountMapEntry> accountMap, List<ServiceMapEntry> serviceMap) {

	public MappingTables {
		accountMap = List.copyOf(accountMap);
		serviceMap = List.copyOf(serviceMap);
	}

}
