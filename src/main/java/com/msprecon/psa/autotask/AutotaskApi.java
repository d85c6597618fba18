package com.msprecon.psa.autotask;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
import com.msprecon.http.ApiName;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.RateLimiter;
import com.msprecon.http.ReplyClassifier;
import com.msprecon.http.RestClients;
import com.msprecon.http.RetryingSender;
import com.msprecon.http.SecretRedactor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Autotask PSA REST calls: the zone of the API user ({@code zoneInformation?user=}, no credential sent), the
 * {@code ApiIntegrationCode} / {@code UserName} / {@code Secret} headers, {@code POST V1.0/{Entity}/query} with a
 * filter and {@code IncludeFields}, pages followed through {@code pageDetails.nextPageUrl} (sent as a POST
 * without a body, as the client the facts come from does), counts and {@code ThresholdInformation}.
 *
 * <p>
 * One request at a time: the readers are sequential, well within Autotask's 3 concurrent requests per endpoint
 * and tracking identifier. While the database is busy (usage at or above {@code busy-at-percent} of the hourly
 * threshold, when Autotask adds latency to every call) requests go at {@code busy-requests-per-second}.
 */
public class AutotaskApi {

	private static final Log log = LogFactory.getLog(AutotaskApi.class);

	static final ApiName API = new ApiName("Autotask", "recon.autotask");

	private final AutotaskProperties properties;

	private final HttpTime time;

	private final SecretRedactor redactor;

	private final RateLimiter busyPace;

	private RetryingSender http;

	private URI base;

	private boolean busy;

	private long requests;

	private long nextRecheck;

	public AutotaskApi(AutotaskProperties properties, HttpTime time) {
		properties.requireSettings();
		this.properties = properties;
		this.time = time;
		this.redactor = new SecretRedactor(List.of(properties::secret, properties::integrationCode));
		this.busyPace = new RateLimiter(properties.busyRequestsPerSecond(), time);
	}

	AutotaskProperties properties() {
		return properties;
	}

	/** The zone's API base, looked up once per process unless {@code base-url} names it. */
	synchronized URI base() {
		if (base == null) {
			String url = properties.baseUrl().isEmpty() ? discoverZone() : properties.baseUrl();
			base = URI.create(url.endsWith("/") ? url : url + "/");
			http = sender(base.toString(), true);
		}
		return base;
	}

	private String discoverZone() {
		RetryingSender zone = sender(properties.zoneUrl(), false);
		URI lookup = UriComponentsBuilder.fromUriString(properties.zoneUrl())
			.path(properties.zoneUrl().endsWith("/") ? "zoneInformation" : "/zoneInformation")
			.queryParam("user", "{user}")
			.build(properties.username());
		JsonNode answer = zone.sendForJson(ApiRequest.get("GET zoneInformation", request -> request.uri(lookup))
			.advisedBy(status -> status == 404 || status == 400 || status == 500
					? "no zone for this API user: check recon.autotask.username (RECON_AUTOTASK_USERNAME), or "
							+ "give the zone's base URL in recon.autotask.base-url"
					: null));
		JsonNode url = answer.path("url");
		if (!url.isString() || url.asString().isBlank()) {
			throw new ApiException("Autotask GET zoneInformation answered without a zone url (" + answer.size()
					+ " fields): check recon.autotask.username, or set recon.autotask.base-url", 200);
		}
		log.info("Autotask zone " + answer.path("zoneName").asString("?") + ": " + url.asString());
		return url.asString();
	}

	private RetryingSender sender(String url, boolean credentials) {
		return new RetryingSender(API, RestClients.create(url, properties.http(), headers -> {
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			if (credentials) {
				// every request goes to the zone's host only: see page()
				headers.set("ApiIntegrationCode", properties.integrationCode());
				headers.set("UserName", properties.username());
				headers.set("Secret", properties.secret());
				if (!properties.impersonationResourceId().isEmpty()) {
					headers.set("ImpersonationResourceId", properties.impersonationResourceId());
				}
			}
		}), properties.http(), time,
				new ReplyClassifier(API, properties.http(), new AutotaskErrorReader(), AutotaskApi::advice, redactor));
	}

	/** The first page of {@code POST V1.0/{entity}/query}. */
	Page query(String entity, List<ObjectNode> conditions, List<String> fields) {
		URI url = base().resolve("V1.0/" + entity + "/query");
		String body = queryBody(conditions, fields, properties.pageSize()).toString();
		return page("POST V1.0/" + entity + "/query", url, body);
	}

	/** A next page, from the previous page's {@code nextPageUrl}. */
	Page next(String entity, URI url, int pageNumber) {
		return page("POST V1.0/" + entity + "/query page " + pageNumber, url, null);
	}

	/** {@code POST V1.0/{entity}/query/count}: how many records the filter selects. */
	long count(String entity, List<ObjectNode> conditions) {
		URI url = base().resolve("V1.0/" + entity + "/query/count");
		String body = queryBody(conditions, List.of(), 0).toString();
		return send(ApiRequest.post("POST V1.0/" + entity + "/query/count",
				request -> request.uri(url).body(body)).readOnly(), json -> {
					JsonNode count = json.path("queryCount");
					if (!count.canConvertToLong()) {
						throw new ApiException("Autotask POST V1.0/" + entity + "/query/count answered without "
								+ "queryCount", 200);
					}
					return count.asLong();
				});
	}

	/** Every record of {@code POST V1.0/{entity}/query}, all pages followed. */
	List<JsonNode> queryAll(String entity, List<ObjectNode> conditions, List<String> fields) {
		AutotaskListing listing = new AutotaskListing(this, entity, conditions, fields);
		List<JsonNode> records = new ArrayList<>();
		for (JsonNode record = listing.next(); record != null; record = listing.next()) {
			records.add(record);
		}
		return records;
	}

	/**
	 * {@code POST V1.0/{entity}}: creates one record and returns Autotask's {@code itemId}. Not idempotent: the
	 * sender never sends it twice, and a lost reply surfaces as {@code OutcomeUnknownException}.
	 */
	long create(String entity, ObjectNode body, com.msprecon.http.ApiErrorAdvice advice) {
		URI url = base().resolve("V1.0/" + entity);
		String description = "POST V1.0/" + entity;
		return send(ApiRequest.post(description, request -> request.uri(url).body(body.toString())).advisedBy(advice),
				json -> {
					JsonNode id = json.path("itemId");
					if (!id.canConvertToLong()) {
						throw new ApiException("Autotask " + description + " answered without an itemId", 200);
					}
					return id.asLong();
				});
	}

	/** {@code GET V1.0/ThresholdInformation}: the database's requests in the current hour and its threshold. */
	Threshold threshold() {
		URI url = base().resolve("V1.0/ThresholdInformation");
		Threshold threshold = http.sendForJson(ApiRequest.get("GET V1.0/ThresholdInformation",
				request -> request.uri(url)), Threshold::of);
		requests++;
		busy = threshold.known() && threshold.used() * 100 >= (long) threshold.limit() * properties.busyAtPercent();
		nextRecheck = requests + properties.thresholdRecheckRequests();
		return threshold;
	}

	private Page page(String description, URI url, String body) {
		if (!sameOrigin(url)) {
			// the credential goes with every request: never to a host the zone does not name
			throw new ApiException("Autotask " + description + ": the next-page URL points to another host ("
					+ url.getHost() + "); refusing to send the credential there", 0);
		}
		ApiRequest request = ApiRequest.post(description,
				spec -> body == null ? spec.uri(url) : spec.uri(url).body(body)).readOnly();
		return send(request, json -> {
			JsonNode items = json.path("items");
			if (!items.isArray()) {
				throw new ApiException("Autotask " + description + " did not answer with items but with "
						+ json.getNodeType() + ": check recon.autotask.base-url / zone-url", 200);
			}
			List<JsonNode> list = new ArrayList<>();
			items.forEach(list::add);
			JsonNode next = json.path("pageDetails").path("nextPageUrl");
			return new Page(list, next.isString() && !next.asString().isBlank() ? URI.create(next.asString()) : null);
		});
	}

	private <T> T send(ApiRequest request, java.util.function.Function<JsonNode, T> interpret) {
		base();
		if (requests >= nextRecheck && nextRecheck > 0) {
			AutotaskBudget.recheck(this);
		}
		if (busy) {
			try {
				busyPace.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ApiException(API.of(request) + " was interrupted while pacing", 0, ex);
			}
		}
		requests++;
		return http.sendForJson(request, interpret);
	}

	/** Whether the last threshold read found the database busy (Autotask adds latency). */
	boolean busy() {
		return busy;
	}

	private boolean sameOrigin(URI url) {
		return base.getHost().equalsIgnoreCase(url.getHost()) && base.getPort() == url.getPort()
				&& base.getScheme().equalsIgnoreCase(url.getScheme());
	}

	static ObjectNode queryBody(List<ObjectNode> conditions, List<String> fields, int maxRecords) {
		ObjectNode body = ApiJson.mapper().createObjectNode();
		ObjectNode group = body.putArray("filter").addObject().put("op", "and");
		ArrayNode items = group.putArray("items");
		conditions.forEach(items::add);
		if (conditions.isEmpty()) {
			// Autotask wants a filter: every record has an id >= 0
			items.add(condition("gte", "id", 0));
		}
		if (!fields.isEmpty()) {
			ArrayNode include = body.putArray("IncludeFields");
			fields.forEach(include::add);
		}
		if (maxRecords > 0) {
			body.put("MaxRecords", maxRecords);
		}
		return body;
	}

	static ObjectNode condition(String op, String field, Object value) {
		ObjectNode condition = ApiJson.mapper().createObjectNode().put("op", op).put("field", field);
		if (value instanceof Long number) {
			condition.put("value", number);
		}
		else if (value instanceof Integer number) {
			condition.put("value", number);
		}
		else if (value instanceof List<?> values) {
			ArrayNode array = condition.putArray("value");
			values.forEach(v -> array.add(((Number) v).longValue()));
		}
		else {
			condition.put("value", String.valueOf(value));
		}
		return condition;
	}

	private static String advice(int status) {
		return switch (status) {
			case 401 -> "the API user was refused: check recon.autotask.username, recon.autotask.secret and "
					+ "recon.autotask.integration-code (RECON_AUTOTASK_USERNAME, _SECRET, _INTEGRATION_CODE); the "
					+ "user must be an API-only user (see docs/sources.md) and its secret may have been reset";
			case 403 -> "the API user's security level lacks a permission: it needs to view Companies and Contracts "
					+ "(see docs/sources.md), or the database's hourly request threshold is used up (run later)";
			case 404 -> "the endpoint is not there: check recon.autotask.base-url (the zone's …/ATServicesRest/) "
					+ "or recon.autotask.zone-url";
			case 400 -> "the query was refused as invalid: check recon.autotask.company-types, contract-types and "
					+ "active-contract-statuses (picklist values of this database)";
			default -> null;
		};
	}

	/** One page of query results; {@code next} is {@code pageDetails.nextPageUrl}, or {@code null}. */
	record Page(List<JsonNode> items, URI next) {

	}

	/**
	 * The database's requests in the current hour and its threshold; {@code known} is false when the reply has
	 * neither of the field names the sources give.
	 */
	record Threshold(long used, long limit, boolean known) {

		/** The sources disagree on the names: a client's checks read one pair, its test server the other. */
		static Threshold of(JsonNode json) {
			JsonNode limit = first(json, "externalRequestThreshold", "externalCrossDomainRequestThreshold");
			JsonNode used = first(json, "currentTimeframeRequestCount",
					"currentTimeframeExternalCrossDomainRequestCount");
			if (!limit.canConvertToLong() || !used.canConvertToLong() || limit.asLong() <= 0) {
				return new Threshold(0, 0, false);
			}
			return new Threshold(used.asLong(), limit.asLong(), true);
		}

		private static JsonNode first(JsonNode json, String name, String otherName) {
			return json.path(name).isNumber() ? json.path(name) : json.path(otherName);
		}

	}

}
