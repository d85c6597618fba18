package com.msprecon.http;

import java.util.HashSet;
import java.util.Set;

/**
 * Stops a listing whose API keeps handing out next-page links: the same token or URL twice, or more pages than
 * anyone has, would otherwise loop for ever (and bill the quota).
 */
public final class PageGuard {

	private final String listing;

	private final int maxPages;

	private final String maxPagesProperty;

	private final Set<String> seen = new HashSet<>();

	private int pages;

	/**
	 * @param listing what is being listed, for messages, e.g. {@code ConnectWise GET /company/companies}
	 * @param maxPagesProperty the property that raises the limit, for messages
	 */
	public PageGuard(String listing, int maxPages, String maxPagesProperty) {
		this.listing = listing;
		this.maxPages = maxPages;
		this.maxPagesProperty = maxPagesProperty;
	}

	/** Call with the token or URL of every page before fetching it (the first page may pass {@code null}). */
	public void beforePage(String cursor) {
		pages++;
		if (pages > maxPages) {
			throw new ApiException(listing + " returned more than " + maxPages + " pages; if that is real, raise "
					+ maxPagesProperty + ", otherwise the API is paging in a loop", 0);
		}
		if (cursor != null && !seen.add(cursor)) {
			throw new ApiException(listing + " handed out the same next-page cursor twice (page " + pages
					+ "): the API is paging in a loop, stopped to avoid reading for ever", 0);
		}
	}

}
