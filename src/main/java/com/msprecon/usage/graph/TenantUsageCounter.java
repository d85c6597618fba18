package com.msprecon.usage.graph;

import com.msprecon.input.FieldException;
import com.msprecon.usage.UsageCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Counts one tenant (docs/rules.md §4.3): the configured licences are resolved by part number through
 * {@code subscribedSkus} (their {@code consumedUnits} kept as a cross-check), the verified domains read from
 * {@code domains}, and the distinct users holding at least one of the licences counted: with one licence by
 * {@code $count} on {@code assignedLicenses/any(...)}, with several by paging through the users' licences, so
 * that a user holding two of them counts once.
 */
final class TenantUsageCounter {

	private final GraphApi api;

	private final List<String> partNumbers;

	private final int pageSize;

	TenantUsageCounter(GraphApi api, List<String> partNumbers, int pageSize) {
		this.api = api;
		this.partNumbers = partNumbers;
		this.pageSize = pageSize;
	}

	UsageCount count(String tenant, String tenantName) {
		List<String> domains = verifiedDomains(tenant);
		Map<String, String> skuIds = new LinkedHashMap<>();
		int consumed = 0;
		Set<String> subscribed = new TreeSet<>();
		List<JsonNode> skus = new ArrayList<>();
		api.list(tenant, "GET /v1.0/subscribedSkus", uri -> uri.path("/v1.0/subscribedSkus").build(), false,
				skus::add);
		for (JsonNode sku : skus) {
			String partNumber = text(sku, "skuPartNumber");
			subscribed.add(partNumber);
			if (partNumbers.stream().anyMatch(p -> p.equalsIgnoreCase(partNumber))) {
				skuIds.put(text(sku, "skuId").toLowerCase(Locale.ROOT), partNumber);
				consumed += count(sku, "consumedUnits");
			}
		}
		if (skuIds.isEmpty()) {
			return UsageCount.tenantProblem(tenant, tenantName, domains, "none of the counted licences ("
					+ String.join(", ", partNumbers) + ") is subscribed in the tenant; it has "
					+ (subscribed.isEmpty() ? "no licences" : String.join(", ", subscribed))
					+ ". Check recon.usage.graph.skus");
		}
		int users = skuIds.size() == 1 ? countHolders(tenant, skuIds.keySet().iterator().next())
				: countDistinctHolders(tenant, skuIds.keySet());
		return UsageCount.ofTenant(tenant, tenantName, domains, users, List.copyOf(skuIds.values()), consumed);
	}

	private List<String> verifiedDomains(String tenant) {
		List<String> domains = new ArrayList<>();
		api.list(tenant, "GET /v1.0/domains", uri -> uri.path("/v1.0/domains").build(), false, domain -> {
			if (domain.path("isVerified").asBoolean(false) && domain.path("id").isString()) {
				domains.add(domain.path("id").asString().toLowerCase(Locale.ROOT));
			}
		});
		return domains;
	}

	/** One licence: Graph counts its holders ({@code $count} needs {@code ConsistencyLevel: eventual}). */
	private int countHolders(String tenant, String skuId) {
		JsonNode page = api.get(tenant, "GET /v1.0/users $count of holders of " + skuId,
				uri -> uri.path("/v1.0/users")
					.queryParam("$filter", "{filter}")
					.queryParam("$count", "true")
					.queryParam("$top", "1")
					.queryParam("$select", "id")
					.build("assignedLicenses/any(s:s/skuId eq " + skuId + ")"),
				true);
		return count(page, "@odata.count");
	}

	/** Several licences: every user's licences, each user counted once however many of them it holds. */
	private int countDistinctHolders(String tenant, Set<String> skuIds) {
		Set<String> holders = new HashSet<>();
		api.list(tenant, "GET /v1.0/users", uri -> uri.path("/v1.0/users")
			.queryParam("$select", "id,assignedLicenses")
			.queryParam("$top", pageSize)
			.build(), false, user -> {
				for (JsonNode licence : user.path("assignedLicenses")) {
					if (skuIds.contains(licence.path("skuId").asString("").toLowerCase(Locale.ROOT))) {
						holders.add(text(user, "id"));
						break;
					}
				}
			});
		return holders.size();
	}

	private static String text(JsonNode record, String field) {
		JsonNode node = record.path(field);
		if (!node.isString() || node.asString().isBlank()) {
			throw new FieldException(field, field + " is missing in a Graph reply: " + abbreviate(record));
		}
		return node.asString();
	}

	private static int count(JsonNode record, String field) {
		JsonNode node = record.path(field);
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
			throw new FieldException(field, field + " must be a whole number >= 0 in a Graph reply: "
					+ abbreviate(record));
		}
		return node.intValue();
	}

	private static String abbreviate(JsonNode record) {
		String text = record.toString();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
