package com.msprecon.vendor.mimecast;

import com.msprecon.http.PageGuard;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The accounts this credential may act for, from {@code POST /api/user/get-delegated-access} ({@code
 * data[].delegateAccess[].accountCode}), following {@code meta.pagination.next} if the response pages. The
 * partner's own account ({@code localAccount}) is not a customer and is left out. Whether API 2.0 serves this
 * API 1.0 endpoint for Tenant API Gateway credentials is unconfirmed: configure the account codes if not.
 */
final class DelegatedAccessTenants implements TenantDiscovery {

	private final MimecastApi api;

	private final int maxPages;

	DelegatedAccessTenants(MimecastApi api, int maxPages) {
		this.api = api;
		this.maxPages = maxPages;
	}

	@Override
	public List<String> accountCodes() {
		PageGuard guard = new PageGuard("Mimecast POST /api/user/get-delegated-access", maxPages,
				"recon.mimecast.http.max-pages");
		List<String> codes = new ArrayList<>();
		String pageToken = null;
		do {
			guard.beforePage(pageToken);
			JsonNode envelope = api.getDelegatedAccess(pageToken);
			for (JsonNode item : envelope.path("data")) {
				for (JsonNode access : item.path("delegateAccess")) {
					JsonNode code = access.path("accountCode");
					if (code.isString() && !code.asString().isBlank()) {
						codes.add(code.asString().trim());
					}
				}
			}
			pageToken = MimecastApi.nextPageToken(envelope);
		}
		while (pageToken != null);
		return codes;
	}

	@Override
	public String describe() {
		return "accounts from get-delegated-access";
	}

}
