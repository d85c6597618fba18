package com.msprecon.psa.autotask;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Autotask REST API as external-apis.md §3 and write-back-usage-scale.md §2 describe: the zone lookup
 * ({@code zoneInformation?user=}, no credential needed), the three credential headers, {@code POST
 * V1.0/{Entity}/query} evaluating the filter ({@code eq gt gte lt lte in}, {@code and} groups) with
 * {@code IncludeFields} and {@code MaxRecords} (at most 500), results in id order, next pages through
 * {@code pageDetails.nextPageUrl}, {@code query/count}, and {@code ThresholdInformation}, whose count goes up with
 * every authenticated request, as the database's does.
 *
 * <p>Writes as write-back-usage-scale.md §1 gives them: {@code POST V1.0/ContractServiceAdjustments}
 * ({@code contractID, contractServiceID, serviceID, effectiveDate, unitChange, allowRepeatService}) answers
 * {@code {"itemId": n}}; without a contract service id it creates the contract service when the contract has none
 * of the Service (or always, with {@code allowRepeatService}), and it opens a units row of one month at the effective date
 * with the latest row's units plus the change. Adjustments cannot be queried, as in Autotask; the test sees them
 * through {@link #adjustments()}.
 */
public final class FakeAutotask implements Function<Request, Response> {

	public static final String USERNAME = "recon-api@acmemsp.example";

	public static final String SECRET = "at-SECRET-7f6e5d4c3b2a1908";

	public static final String INTEGRATION_CODE = "TRACKINGID27CHARSXXXXXXXXXX";

	public static final String ZONE_PATH = "/atservicesrest/v1.0";

	public static final String API_PATH = "/ATServicesRest";

	private final Map<String, TreeMap<Long, ObjectNode>> entities = new ConcurrentHashMap<>();

	private final Map<String, Paging> pagings = new ConcurrentHashMap<>();

	private final AtomicLong pagingIds = new AtomicLong();

	public String baseUrl;

	/** Requests of the current hour made by the MSP's other integrations. */
	public volatile long otherIntegrationsRequests;

	public volatile long threshold = 10_000;

	private final AtomicLong requestsThisHour = new AtomicLong();

	/** When set, every next-page URL of this entity is the same one: a paging loop. */
	public volatile String pagingLoopOf;

	/** The threshold answer uses the field names of the client's middleware, or those of its test server. */
	public volatile boolean crossDomainFieldNames;

	private final List<JsonNode> adjustments = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final AtomicLong ids = new AtomicLong(900_000);

	/** The adjustments created, in order: every one is a change of units nobody can take back. */
	public List<JsonNode> adjustments() {
		return List.copyOf(adjustments);
	}

	/** The contract service of the Service with this name on the contract, or {@code null}. */
	public synchronized Long contractServiceOf(long contract, String serviceName) {
		for (ObjectNode service : entities.getOrDefault("Services", new TreeMap<>()).values()) {
			if (!service.path("name").asString().equals(serviceName)) {
				continue;
			}
			for (ObjectNode cs : entities.getOrDefault("ContractServices", new TreeMap<>()).values()) {
				if (cs.path("contractID").asLong() == contract
						&& cs.path("serviceID").asLong() == service.path("id").asLong()) {
					return cs.path("id").asLong();
				}
			}
		}
		return null;
	}

	/** The units row of the contract service that starts last. */
	public synchronized ObjectNode latestUnits(long contractServiceId) {
		ObjectNode latest = null;
		for (ObjectNode row : entities.getOrDefault("ContractServiceUnits", new TreeMap<>()).values()) {
			if (row.path("contractServiceID").asLong() == contractServiceId && (latest == null
					|| row.path("startDate").asString().compareTo(latest.path("startDate").asString()) >= 0)) {
				latest = row;
			}
		}
		return latest;
	}

	public FakeAutotask add(String entity, ObjectNode record) {
		entities.computeIfAbsent(entity, e -> new TreeMap<>()).put(record.get("id").asLong(), record);
		return this;
	}

	public FakeAutotask add(String entity, String json) {
		return add(entity, (ObjectNode) ApiJson.mapper().readTree(json));
	}

	public long requestsThisHour() {
		return requestsThisHour.get();
	}

	@Override
	public Response apply(Request request) {
		if (request.path().equalsIgnoreCase(ZONE_PATH + "/zoneInformation")) {
			if (!USERNAME.equals(request.query().get("user"))) {
				return Response.json(500, "{\"errors\":[\"Zone information could not be determined\"]}");
			}
			return Response.json(200, "{\"zoneName\":\"Pre-Release\",\"url\":\"" + baseUrl + API_PATH
					+ "/\",\"webUrl\":\"https://ww5.autotask.net/\",\"ci\":12345}");
		}
		if (!request.path().startsWith(API_PATH + "/V1.0/")) {
			return Response.json(404, "{\"errors\":[\"no such path\"]}");
		}
		if (!USERNAME.equals(request.header("UserName")) || !SECRET.equals(request.header("Secret"))
				|| !INTEGRATION_CODE.equals(request.header("ApiIntegrationCode"))) {
			return Response.json(401, "{\"errors\":[\"User is not authorized to access this resource\"]}");
		}
		requestsThisHour.incrementAndGet();
		String path = request.path().substring((API_PATH + "/V1.0/").length());
		if (path.equals("ThresholdInformation") && request.method().equals("GET")) {
			long used = otherIntegrationsRequests + requestsThisHour.get();
			return Response.json(200, crossDomainFieldNames
					? "{\"externalCrossDomainRequestThreshold\":" + threshold
							+ ",\"currentTimeframeExternalCrossDomainRequestCount\":" + used + "}"
					: "{\"externalRequestThreshold\":" + threshold + ",\"requestThresholdTimeframe\":60,"
							+ "\"currentTimeframeRequestCount\":" + used + "}");
		}
		if (!request.method().equals("POST")) {
			return Response.json(405, "{\"errors\":[\"method not allowed\"]}");
		}
		String[] parts = path.split("/");
		String entity = parts[0];
		if (parts.length == 1 && entity.equals("ContractServiceAdjustments")) {
			return adjust(ApiJson.mapper().readTree(request.body()));
		}
		if (parts.length == 3 && parts[1].equals("query") && parts[2].equals("next")) {
			Paging paging = pagings.get(request.query().getOrDefault("paging", ""));
			return paging == null ? Response.json(400, "{\"errors\":[\"invalid paging\"]}") : page(entity, paging);
		}
		JsonNode body = ApiJson.mapper().readTree(request.body());
		List<ObjectNode> selected = select(entity, body.path("filter"));
		if (parts.length == 3 && parts[1].equals("query") && parts[2].equals("count")) {
			return Response.json(200, "{\"queryCount\":" + selected.size() + "}");
		}
		if (parts.length != 2 || !parts[1].equals("query")) {
			return Response.json(404, "{\"errors\":[\"no such path\"]}");
		}
		int max = body.path("MaxRecords").asInt(500);
		if (max < 1 || max > 500) {
			return Response.json(500, "{\"errors\":[\"MaxRecords must be between 1 and 500\"]}");
		}
		List<String> fields = new ArrayList<>();
		body.path("IncludeFields").forEach(f -> fields.add(f.asString()));
		if (!fields.isEmpty() && selected.size() > max && !fields.contains("id")) {
			return Response.json(500, "{\"errors\":[\"IncludeFields must include id when paging\"]}");
		}
		return page(entity, new Paging(selected, 0, max, fields));
	}

	private synchronized Response adjust(JsonNode body) {
		long contract = body.path("contractID").asLong();
		long service = body.path("serviceID").asLong();
		if (!entities.getOrDefault("Contracts", new TreeMap<>()).containsKey(contract)
				|| !entities.getOrDefault("Services", new TreeMap<>()).containsKey(service)
				|| !body.path("unitChange").isNumber() || !body.path("effectiveDate").isString()) {
			return Response.json(500, "{\"errors\":[\"contractID, serviceID, effectiveDate and unitChange are "
					+ "required and must exist\"]}");
		}
		ObjectNode contractService = null;
		for (ObjectNode cs : entities.getOrDefault("ContractServices", new TreeMap<>()).values()) {
			boolean named = body.has("contractServiceID") ? cs.path("id").asLong() == body.path("contractServiceID").asLong()
					: !body.path("allowRepeatService").asBoolean(false) && cs.path("serviceID").asLong() == service;
			if (cs.path("contractID").asLong() == contract && named) {
				contractService = cs;
			}
		}
		if (contractService == null && body.has("contractServiceID")) {
			return Response.json(500, "{\"errors\":[\"no such contract service on the contract\"]}");
		}
		if (contractService == null) {
			contractService = ApiJson.mapper().createObjectNode().put("id", ids.incrementAndGet())
				.put("contractID", contract).put("serviceID", service);
			add("ContractServices", contractService);
		}
		ObjectNode latest = latestUnits(contractService.path("id").asLong());
		java.time.LocalDate start = java.time.LocalDate.parse(body.path("effectiveDate").asString().substring(0, 10));
		java.math.BigDecimal units = (latest == null ? java.math.BigDecimal.ZERO : latest.path("units").decimalValue())
			.add(body.path("unitChange").decimalValue());
		if (units.signum() < 0) {
			return Response.json(500, "{\"errors\":[\"units cannot be negative\"]}");
		}
		ObjectNode row = ApiJson.mapper().createObjectNode().put("id", ids.incrementAndGet())
			.put("contractID", contract)
			.put("contractServiceID", contractService.path("id").asLong())
			.put("serviceID", service)
			.put("startDate", start + "T00:00:00")
			.put("endDate", start.plusMonths(1).minusDays(1) + "T00:00:00")
			.put("units", units);
		if (latest != null && latest.has("price")) {
			row.set("price", latest.get("price"));
		}
		add("ContractServiceUnits", row);
		long adjustmentId = ids.incrementAndGet();
		adjustments.add(body);
		return Response.json(200, "{\"itemId\":" + adjustmentId + "}");
	}

	private Response page(String entity, Paging paging) {
		List<ObjectNode> records = paging.records();
		int to = Math.min(paging.from() + paging.max(), records.size());
		ObjectNode reply = ApiJson.mapper().createObjectNode();
		ArrayNode items = reply.putArray("items");
		for (ObjectNode record : records.subList(paging.from(), to)) {
			items.add(project(record, paging.fields()));
		}
		ObjectNode details = reply.putObject("pageDetails").put("count", to - paging.from())
			.put("requestCount", paging.max());
		details.putNull("prevPageUrl");
		if (to < records.size() || entity.equals(pagingLoopOf)) {
			String id = entity.equals(pagingLoopOf) ? "loop" : Long.toString(pagingIds.incrementAndGet());
			pagings.put(id, new Paging(records, entity.equals(pagingLoopOf) ? 0 : to, paging.max(), paging.fields()));
			details.put("nextPageUrl", baseUrl + API_PATH + "/V1.0/" + entity + "/query/next?paging=" + id);
		}
		else {
			details.putNull("nextPageUrl");
		}
		return Response.json(200, reply.toString());
	}

	private static ObjectNode project(ObjectNode record, List<String> fields) {
		if (fields.isEmpty()) {
			return record;
		}
		ObjectNode projected = ApiJson.mapper().createObjectNode();
		for (String field : fields) {
			if (record.has(field)) {
				projected.set(field, record.get(field));
			}
		}
		return projected;
	}

	private List<ObjectNode> select(String entity, JsonNode filter) {
		List<ObjectNode> selected = new ArrayList<>();
		for (ObjectNode record : entities.getOrDefault(entity, new TreeMap<>()).values()) {
			boolean all = true;
			for (JsonNode condition : filter) {
				all &= matches(record, condition);
			}
			if (all) {
				selected.add(record);
			}
		}
		return selected;
	}

	private static boolean matches(ObjectNode record, JsonNode condition) {
		String op = condition.path("op").asString();
		if (op.equals("and") || op.equals("or")) {
			boolean and = op.equals("and");
			boolean result = and;
			for (JsonNode item : condition.path("items")) {
				result = and ? result && matches(record, item) : result || matches(record, item);
			}
			return result;
		}
		JsonNode actual = record.path(condition.path("field").asString());
		JsonNode wanted = condition.path("value");
		if (op.equals("in")) {
			for (JsonNode value : wanted) {
				if (compare(actual, value) == 0) {
					return true;
				}
			}
			return false;
		}
		if (actual.isMissingNode() || actual.isNull()) {
			return false;
		}
		int c = compare(actual, wanted);
		return switch (op) {
			case "eq" -> c == 0;
			case "noteq" -> c != 0;
			case "gt" -> c > 0;
			case "gte" -> c >= 0;
			case "lt" -> c < 0;
			case "lte" -> c <= 0;
			default -> throw new IllegalArgumentException("the fake knows no op " + op);
		};
	}

	private static int compare(JsonNode actual, JsonNode wanted) {
		if (actual.isNumber() && wanted.isNumber()) {
			return actual.decimalValue().compareTo(wanted.decimalValue());
		}
		if (actual.isBoolean()) {
			return Boolean.compare(actual.asBoolean(), wanted.asBoolean());
		}
		return actual.asString().compareTo(wanted.asString());
	}

	private record Paging(List<ObjectNode> records, int from, int max, List<String> fields) {
	}

}
