package com.msprecon.matching;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads internet domains out of websites and names, the way finance staff would compare them by eye. */
public final class WebDomains {

	private static final Pattern DOMAIN_LIKE = Pattern
		.compile("(?i)^(https?://)?(www\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}/?$");

	// second-level labels under which registrations happen (acme.co.uk), so "co" is not the company's label
	private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "ltd", "plc",
			"edu", "asn", "id", "nom");

	private WebDomains() {
	}

	/**
	 * The host of a website in any form a PSA holds ({@code https://www.acme.com:8443/about}, {@code acme.com}),
	 * lower case, without {@code www.}, scheme, port, path, or a trailing dot; null when there is none.
	 */
	public static String host(String website) {
		if (website == null) {
			return null;
		}
		String s = website.trim().toLowerCase(Locale.ROOT);
		int scheme = s.indexOf("://");
		if (scheme >= 0) {
			s = s.substring(scheme + 3);
		}
		int end = s.length();
		for (char stop : new char[] { '/', '?', '#', ':' }) {
			int at = s.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		s = s.substring(0, end);
		int userInfo = s.lastIndexOf('@');
		if (userInfo >= 0) {
			s = s.substring(userInfo + 1);
		}
		while (s.endsWith(".")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.startsWith("www.")) {
			s = s.substring(4);
		}
		return s.isEmpty() || s.indexOf('.') < 0 || s.contains(" ") ? null : s;
	}

	/** True when a name is really a domain ({@code acme.com}), as some vendor accounts are named. */
	public static boolean looksLikeDomain(String name) {
		return name != null && name.indexOf('.') >= 0 && DOMAIN_LIKE.matcher(name.trim()).matches();
	}

	/**
	 * The label a domain was registered under: {@code acme} for {@code mail.acme.co.uk}. Two domains with the
	 * same label may belong to one company (acme.com, acme.de); different labels point to different owners.
	 */
	public static String registeredLabel(String host) {
		String[] labels = host.split("\\.");
		int i = labels.length - 2;
		if (i > 0 && labels[i].length() <= 3 && SECOND_LEVEL.contains(labels[i]) && labels[labels.length - 1].length() == 2) {
			i--;
		}
		return i >= 0 ? labels[i] : host;
	}

}
