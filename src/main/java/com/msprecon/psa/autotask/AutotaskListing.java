package com.msprecon.psa.autotask;

import com.msprecon.http.PageGuard;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of one Autotask query, page by page: the query, then {@code pageDetails.nextPageUrl} until it is
 * {@code null}. Stops on a repeated next-page URL or too many pages (a paging loop).
 */
final class AutotaskListing {

	private final AutotaskApi api;

	private final String entity;

	private final List<ObjectNode> conditions;

	private final List<String> fields;

	private final PageGuard guard;

	private final Deque<JsonNode> buffer = new ArrayDeque<>();

	private URI nextPage;

	private int pageNumber;

	private boolean done;

	AutotaskListing(AutotaskApi api, String entity, List<ObjectNode> conditions, List<String> fields) {
		this.api = api;
		this.entity = entity;
		this.conditions = conditions;
		this.fields = fields;
		this.guard = new PageGuard("Autotask " + entity + " query", api.properties().http().maxPages(),
				"recon.autotask.http.max-pages");
	}

	/** The next record, or {@code null} after the last one. */
	JsonNode next() {
		while (buffer.isEmpty() && !done) {
			fetch();
		}
		return buffer.poll();
	}

	private void fetch() {
		guard.beforePage(nextPage == null ? null : nextPage.toString());
		pageNumber++;
		AutotaskApi.Page page = pageNumber == 1 ? api.query(entity, conditions, fields)
				: api.next(entity, nextPage, pageNumber);
		page.items().forEach(buffer::add);
		nextPage = page.next();
		done = nextPage == null || page.items().isEmpty();
	}

}
