package com.msprecon.psa.connectwise;

import com.msprecon.http.PageGuard;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The records of one ConnectWise list endpoint with id above a given one, page by page, in id order. Follows
 * {@code Link: <…>; rel="next"}; when a server sends no {@code Link} at all, a full page is followed by the next
 * page number. Stops on an empty page, and on a repeated link or too many pages (a paging loop).
 */
final class ConnectWiseListing {

	private final ConnectWiseApi api;

	private final String path;

	private final PageGuard guard;

	private final Deque<JsonNode> buffer = new ArrayDeque<>();

	private URI nextPage;

	private int pageNumber;

	/**
	 * @param afterId only records with a greater id ({@code 0}: all)
	 */
	ConnectWiseListing(ConnectWiseApi api, String path, String conditions, String fields, long afterId) {
		this.api = api;
		this.path = path;
		this.guard = new PageGuard("ConnectWise GET " + path, api.properties().http().maxPages(),
				"recon.connectwise.http.max-pages");
		String keyset = afterId > 0 ? "id > " + afterId : "";
		String all = conditions.isEmpty() ? keyset
				: keyset.isEmpty() ? conditions : "(" + conditions + ") and " + keyset;
		this.nextPage = api.firstPage(path, all, fields);
	}

	/** The next record, or {@code null} after the last one. */
	JsonNode next() {
		while (buffer.isEmpty() && nextPage != null) {
			fetch();
		}
		return buffer.poll();
	}

	private void fetch() {
		URI url = nextPage;
		guard.beforePage(url.toString());
		pageNumber++;
		ConnectWiseApi.Page page = api.page("GET " + path + " page " + pageNumber, url);
		page.items().forEach(buffer::add);
		if (page.items().isEmpty()) {
			nextPage = null;
		}
		else if (page.linked()) {
			nextPage = page.next();
		}
		else {
			nextPage = page.items().size() >= api.properties().pageSize() ? withPage(url, pageNumber + 1) : null;
		}
	}

	private static URI withPage(URI url, int page) {
		return UriComponentsBuilder.fromUri(url).replaceQueryParam("page", page).build(true).toUri();
	}

}
