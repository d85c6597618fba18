package com.msprecon.matching;

import com.google.common.net.InternetDomainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads internet domains out of websites and names, the way finance staff would compare them by eye: the domain a
 * customer registered (from the Public Suffix List, through Guava's {@link InternetDomainName}), not the host, and
 * never a platform that unrelated customers share.
 */
public final class WebDomains {

	private static final Pattern DOMAIN_LIKE = Pattern
		.compile("(?i)^(https?://)?(www\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}/?$");

	// a website field may hold several sites: "acme.com, acme-group.com", "acme.com; acme.de", "acme.com acme.de"
	private static final Pattern SITE_SEPARATOR = Pattern.compile("[\\s,;|]+");

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

	/** The hosts of every site in a website field ({@code acme.com, https://acme-group.com/}); empty when none. */
	public static List<String> hosts(String websites) {
		if (websites == null || websites.isBlank()) {
			return List.of();
		}
		List<String> hosts = new ArrayList<>(1);
		for (String site : SITE_SEPARATOR.split(websites.trim())) {
			String host = host(site);
			if (host != null && !hosts.contains(host)) {
				hosts.add(host);
			}
		}
		return hosts;
	}

	/**
	 * The domain a host was registered under, one label below its public suffix: {@code acme.co.uk} for
	 * {@code portal.acme.co.uk}, {@code acme.com} for {@code www2.acme.com}. A host that is not under a known
	 * suffix (an IP address, an internal name) stands for itself.
	 */
	public static String registrable(String host) {
		try {
			InternetDomainName domain = InternetDomainName.from(host);
			return domain.isUnderPublicSuffix() ? domain.topPrivateDomain().toString() : host;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return host;
		}
	}

	/**
	 * True for a host that unrelated customers share (a site builder, a social page, a Microsoft tenant's default
	 * domain, free mail): the host is, or is under, one of the shared platforms. Such a host never decides.
	 */
	public static boolean isSharedPlatform(String host) {
		return sharedPlatform(host) != null;
	}

	/** The shared platform a host is or is under, or null: the host and each of its parent domains looked up. */
	private static String sharedPlatform(String host) {
		for (int at = 0; at >= 0; at = host.indexOf('.', at) + 1) {
			String suffix = host.substring(at);
			if (NameNormalizer.VOCABULARY.sharedPlatforms.contains(suffix)) {
				return suffix;
			}
			if (suffix.indexOf('.') < 0) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The label a domain was registered under: {@code acme} for {@code mail.acme.co.uk}; on a shared platform the
	 * label just before it ({@code acme} for {@code acme.wixsite.com}). Two domains with the same label may belong
	 * to one company (acme.com, acme.de); different labels point to different owners.
	 */
	public static String registeredLabel(String host) {
		String platform = sharedPlatform(host);
		if (platform != null && host.length() > platform.length()) {
			String below = host.substring(0, host.length() - platform.length() - 1);
			return below.substring(below.lastIndexOf('.') + 1);
		}
		String registered = registrable(host);
		int first = registered.indexOf('.');
		return first > 0 ? registered.substring(0, first) : registered;
	}

}
