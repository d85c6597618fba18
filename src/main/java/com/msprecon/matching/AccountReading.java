package com.msprecon.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A vendor account as the matcher reads it (R3): its normalized name and every compact key equal to it, the
 * registrable domains of its vendor domains (and of its name, if that is a domain) without shared platforms, and
 * the parts of a tagged name with their keys. The MSP's configured tags are removed first.
 */
record AccountReading(AccountToMatch source, NormalizedName name, List<String> nameKeys, List<String> hosts,
		List<NormalizedName> parts, List<List<String>> partKeys) {

	static AccountReading read(AccountToMatch account, MspTags mspTags, CompanyIndex index) {
		Set<String> hosts = new LinkedHashSet<>();
		for (String domain : account.domains()) {
			for (String host : WebDomains.hosts(domain)) {
				if (!WebDomains.isSharedPlatform(host)) {
					hosts.add(WebDomains.registrable(host));
				}
			}
		}
		String accountName = mspTags.withoutConfiguredTags(account.accountName());
		if (WebDomains.looksLikeDomain(accountName)) {
			String host = WebDomains.host(accountName);
			if (host != null && !WebDomains.isSharedPlatform(host)) {
				hosts.add(WebDomains.registrable(host));
			}
		}
		NormalizedName name = NameNormalizer.normalize(accountName);
		List<NormalizedName> parts = new ArrayList<>(NameNormalizer.taggedParts(accountName));
		String afterTag = MspTags.afterGluedTag(accountName);
		if (afterTag != null) {
			NormalizedName rest = NameNormalizer.normalize(afterTag);
			if (rest.tokens().size() >= 2 && !rest.compactKey().equals(name.compactKey())) {
				parts.add(rest);
			}
		}
		return new AccountReading(account, name, keys(name, index), List.copyOf(hosts), List.copyOf(parts),
				parts.stream().map(part -> keys(part, index)).toList());
	}

	/**
	 * The compact keys a company's name may have to be equal to {@code name}: its compact and literal keys; with
	 * umlauts, its form without the dots ({@code Müller} = {@code Muller}); and the keys of companies whose name is
	 * this one without dots ({@code Muller} = {@code Müller}). A company held as {@code Schröder} and as
	 * {@code Schroeder} thus makes {@code Schroder} ambiguous. {@code Muller} never equals {@code Mueller} unless one
	 * of them has the umlaut.
	 */
	private static List<String> keys(NormalizedName name, CompanyIndex index) {
		if (name.isEmpty()) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>(name.keys());
		for (String key : List.of(name.compactKey(), name.withoutDotsKey())) {
			for (int company : index.withoutDots(key)) {
				keys.add(index.names[company].compactKey());
			}
		}
		return List.copyOf(keys);
	}

	/** The company's compact or literal key is one of these keys. */
	static boolean equalByKeys(List<String> keys, NormalizedName company) {
		return keys.contains(company.compactKey()) || keys.contains(company.literalKey());
	}

}
