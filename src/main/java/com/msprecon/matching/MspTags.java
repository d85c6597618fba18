package com.msprecon.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MSP's own tags on vendor account names (R3): {@code NC-Prairie Construction}, {@code ACME_Bayside Clinic},
 * {@code [NC] Acme}, {@code Acme - NetCare}. A configured tag is the MSP's setting and is simply removed; a tag
 * that only looks like one (two to four capital letters glued to the name with {@code -} or {@code _}) leaves the
 * rest of the name as one more tagged part, which must then equal exactly one company on its own.
 */
final class MspTags {

	// "NC-Prairie", "ACME_Bayside": capitals glued to a capitalised word; "AB-Tech" looks the same, hence only a part
	private static final Pattern GLUED_TAG = Pattern.compile("^\\p{Lu}{2,4}[-_](?=\\p{Lu})");

	private static final String SEPARATOR = "\\s*(?:[-_:|/\u2013\u2014]+|\\s)\\s*";

	private final List<Pattern> configured;

	private MspTags(List<String> tags) {
		List<Pattern> patterns = new ArrayList<>();
		for (String tag : tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList()) {
			String quoted = Pattern.quote(tag);
			// bracketed anywhere, or at either end with a separator that is not only a space ("NC Plumbing" keeps NC)
			patterns.add(Pattern.compile("(?i)[\\[(]\\s*" + quoted + "\\s*[\\])]"));
			patterns.add(Pattern.compile("(?i)^\\s*" + quoted + "\\s*[-_:|/\u2013\u2014]+\\s*"));
			patterns.add(Pattern.compile("(?i)\\s*[-_:|/\u2013\u2014]+\\s*" + quoted + "\\s*$"));
		}
		this.configured = List.copyOf(patterns);
	}

	static MspTags of(List<String> tags) {
		return new MspTags(tags == null ? List.of() : tags);
	}

	/** The name without the MSP's configured tags, or the name itself when it carries none (or nothing else). */
	String withoutConfiguredTags(String name) {
		if (name == null || configured.isEmpty()) {
			return name;
		}
		String rest = name;
		for (Pattern pattern : configured) {
			rest = pattern.matcher(rest).replaceAll(" ");
		}
		rest = rest.strip();
		return rest.isEmpty() ? name : rest;
	}

	/** The name after a glued tag of 2-4 capitals ({@code Prairie Construction} for {@code NC-Prairie Construction}), or null. */
	static String afterGluedTag(String name) {
		if (name == null) {
			return null;
		}
		Matcher glued = GLUED_TAG.matcher(name.strip());
		if (!glued.find()) {
			return null;
		}
		String rest = name.strip().substring(glued.end()).strip();
		// the rest must be a name of its own: two words or more
		return rest.split(SEPARATOR).length >= 2 ? rest : null;
	}

}
