package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiException;
import com.msprecon.http.PageGuard;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every client, inactive ones included, page by page ({@code pageinate=true}, {@code page_size},
 * {@code page_no}) in id order ({@code order=id}). The readers resume after the last id they returned, so a
 * listing that is not in id order is refused instead of losing clients on a restart; a page that repeats an
 * earlier one (a server ignoring {@code page_no}) and too many pages stop it as a paging loop.
 */
final class HaloClientListing {

	private final HaloPsaApi api;

	private final PageGuard guard;

	private final Deque<JsonNode> buffer = new ArrayDeque<>();

	private int pageNumber;

	private long lastId;

	private boolean done;

	HaloClientListing(HaloPsaApi api) {
		this.api = api;
		this.guard = new PageGuard("HaloPSA GET /api/Client", api.properties().http().maxPages(),
				"recon.halopsa.http.max-pages");
	}

	/** The next client, or {@code null} after the last one. */
	JsonNode next() {
		while (buffer.isEmpty() && !done) {
			fetch();
		}
		return buffer.poll();
	}

	private void fetch() {
		pageNumber++;
		guard.beforePage(null);
		int pageSize = api.properties().pageSize();
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("pageinate", true);
		query.put("page_size", pageSize);
		query.put("page_no", pageNumber);
		query.put("order", "id");
		query.put("includeinactive", true);
		JsonNode page = api.get("Client", query, "GET /api/Client page " + pageNumber);
		JsonNode clients = page.path("clients");
		if (!clients.isArray()) {
			throw new ApiException("HaloPSA GET /api/Client page " + pageNumber + " has no clients list: check "
					+ "recon.halopsa.base-url", 200);
		}
		for (JsonNode client : clients) {
			long id = HaloRecords.id(client, "id");
			if (id > 0 && id <= lastId) {
				throw new ApiException("HaloPSA GET /api/Client page " + pageNumber + " returned client " + id
						+ " after client " + lastId + ": the listing is not in id order (order=id) or repeats a "
						+ "page, so a restart could miss clients; stopped", 200);
			}
			lastId = Math.max(lastId, id);
			buffer.add(client);
		}
		long total = page.path("record_count").asLong(-1);
		done = clients.isEmpty() || clients.size() < pageSize || (total >= 0 && (long) pageNumber * pageSize >= total);
	}

}
