package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fake ConnectWise Manage REST API (v3.0) as external-apis.md §2 describes: Basic auth
 * {@code companyId+public:private} plus {@code clientId}, lists ordered by id, {@code page}/{@code pageSize}
 * paging with a {@code Link: <…>; rel="next"} header (or {@code pageId} in forward-only mode), and the
 * {@code conditions} the client sends ({@code id > N}, {@code agreementStatus="X"}). Writes as §2.4 and
 * write-back-usage-scale.md §1 describe: {@code GET}/{@code PATCH} (JSON Patch {@code replace}) of one addition,
 * {@code POST} of an addition (its product resolved in {@code /procurement/catalog}), and the writes it carried
 * out, for tests to count effective writes.
 */
public final class FakeConnectWise implements Function<Request, Response> {

	public static final String COMPANY = "acmemsp";

	public static final String PUBLIC_KEY = "pubKey123";

	public static final String PRIVATE_KEY = "cw-PRIVATE-9d8c7b6a5f4e3d2c";

	public static final String CLIENT_ID = "5e2b0c7a-0000-4000-8000-clientid0001";

	public static final String PREFIX = "/v4_6_release/apis/3.0";

	private static final Pattern ID_ABOVE = Pattern.compile("id > (\\d+)");

	private static final Pattern STATUS = Pattern.compile("agreementStatus=\"(\\w+)\"");

	private final TreeMap<Long, String> companies = new TreeMap<>();

	private final TreeMap<Long, String> agreements = new TreeMap<>();

	private final TreeMap<Long, String> agreementStatus = new TreeMap<>();

	private final Map<Long, TreeMap<Long, String>> additions = new TreeMap<>();

	public String baseUrl;

	private final Map<String, Long> catalog = new TreeMap<>();

	private final java.util.Set<String> refusedProducts = new java.util.HashSet<>();

	/** Every write carried out: {@code PATCH <addition> <quantity>} or {@code POST <agreement> <new id> <tag>}. */
	private final List<String> writes = Collections.synchronizedList(new ArrayList<>());

	private volatile CountDownLatch pauseAfterWrite;

	private volatile java.util.function.Predicate<String> pausedWrite;

	private volatile CountDownLatch written;

	/** When set, every next link of the companies listing points at page 2 again: a paging loop. */
	boolean companyLinkLoop;

	FakeConnectWise company(long id, String identifier, String name, String status) {
		companies.put(id, "{\"id\":" + id + ",\"identifier\":\"" + identifier + "\",\"name\":\"" + name
				+ "\",\"website\":\"www." + identifier.toLowerCase() + ".example\",\"status\":{\"id\":1,\"name\":\""
				+ status + "\"},\"deletedFlag\":false}");
		return this;
	}

	/** A company as the test writes it. */
	public FakeConnectWise company(long id, String json) {
		companies.put(id, json);
		return this;
	}

	/** An agreement as the test writes it; the status is what {@code agreementStatus} conditions see. */
	public FakeConnectWise agreement(long id, String status, String json) {
		agreements.put(id, json);
		agreementStatus.put(id, status);
		return this;
	}

	FakeConnectWise agreement(long id, long companyId, String name, String status) {
		agreements.put(id, "{\"id\":" + id + ",\"name\":\"" + name + "\",\"type\":{\"id\":14,\"name\":\"Managed\"},"
				+ "\"company\":{\"id\":" + companyId + ",\"identifier\":\"X\"},\"agreementStatus\":\"" + status
				+ "\",\"cancelledFlag\":false}");
		agreementStatus.put(id, status);
		return this;
	}

	FakeConnectWise addition(long id, long agreementId, String product, String quantity) {
		return addition(agreementId, id, "{\"id\":" + id + ",\"product\":{\"id\":812,\"identifier\":\"" + product
				+ "\"},\"quantity\":" + quantity + ",\"lessIncluded\":0.0,\"unitPrice\":3.50,\"unitCost\":2.10,"
				+ "\"billCustomer\":\"Billable\",\"effectiveDate\":\"2024-01-01T00:00:00Z\",\"cancelledDate\":null,"
				+ "\"agreementId\":" + agreementId + "}");
	}

	public FakeConnectWise addition(long agreementId, long id, String json) {
		additions.computeIfAbsent(agreementId, a -> new TreeMap<>()).put(id, json);
		return this;
	}

	/** A product of the catalog, so that a new line of it can be created. */
	public FakeConnectWise catalogItem(long id, String identifier) {
		catalog.put(identifier, id);
		return this;
	}

	/** A new line of this product is refused with 400 (a product ConnectWise does not take on an agreement). */
	public FakeConnectWise refuseProduct(String identifier) {
		refusedProducts.add(identifier);
		return this;
	}

	/** New lines of every catalog product are taken again. */
	public FakeConnectWise acceptAllProducts() {
		refusedProducts.clear();
		return this;
	}

	/** Someone changes an addition's quantity in ConnectWise (not counted as a write of the job). */
	public synchronized void setQuantity(long agreementId, long additionId, String quantity) {
		ObjectNode json = (ObjectNode) ApiJson.mapper().readTree(additions.get(agreementId).get(additionId));
		json.put("quantity", new java.math.BigDecimal(quantity));
		additions.get(agreementId).put(additionId, json.toString());
	}

	public synchronized java.math.BigDecimal quantity(long agreementId, long additionId) {
		return ApiJson.mapper().readTree(additions.get(agreementId).get(additionId)).path("quantity").decimalValue();
	}

	/** The additions of an agreement as the fake has them now. */
	public synchronized List<JsonNode> additionsOf(long agreementId) {
		return additions.getOrDefault(agreementId, new TreeMap<>())
			.values()
			.stream()
			.map(json -> ApiJson.mapper().readTree(json))
			.toList();
	}

	public List<String> writes() {
		synchronized (writes) {
			return List.copyOf(writes);
		}
	}

	/**
	 * After the next write is carried out its answer is held back until the test calls {@link #release()}: the
	 * test can kill the job between the write and its ledger update. {@code which} chooses the write by its entry in
	 * {@link #writes()}. Returns a latch counted down at the write.
	 */
	public CountDownLatch pauseAfterNextWrite(java.util.function.Predicate<String> which) {
		written = new CountDownLatch(1);
		pausedWrite = which;
		pauseAfterWrite = new CountDownLatch(1);
		return written;
	}

	public void release() {
		CountDownLatch pause = pauseAfterWrite;
		if (pause != null) {
			pause.countDown();
		}
	}

	public static String basicAuth(String privateKey) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((COMPANY + "+" + PUBLIC_KEY + ":" + privateKey).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public Response apply(Request request) {
		if (!basicAuth(PRIVATE_KEY).equals(request.header("Authorization"))) {
			return Response.json(401, "{\"code\":\"Unauthorized\",\"message\":\"Authentication failed.\"}");
		}
		if (!CLIENT_ID.equals(request.header("clientId"))) {
			return Response.json(403, "{\"code\":\"Forbidden\",\"message\":\"clientId is required\"}");
		}
		String path = request.path().substring(PREFIX.length());
		if (path.equals("/company/companies")) {
			return list(request, companies, companyLinkLoop);
		}
		if (path.equals("/finance/agreements")) {
			return list(request, agreements, false);
		}
		Matcher onePath = Pattern.compile("/finance/agreements/(\\d+)/additions/(\\d+)").matcher(path);
		if (onePath.matches()) {
			return addition(request, Long.parseLong(onePath.group(1)), Long.parseLong(onePath.group(2)));
		}
		if (path.equals("/procurement/catalog")) {
			Matcher wanted = Pattern.compile("identifier=\"([^\"]*)\"")
				.matcher(request.query().getOrDefault("conditions", ""));
			String identifier = wanted.find() ? wanted.group(1) : null;
			return Response.json(200, catalog.entrySet()
				.stream()
				.filter(e -> identifier == null || e.getKey().equalsIgnoreCase(identifier))
				.map(e -> "{\"id\":" + e.getValue() + ",\"identifier\":\"" + e.getKey() + "\",\"inactiveFlag\":false}")
				.collect(Collectors.joining(",", "[", "]")));
		}
		Matcher additionPath = Pattern.compile("/finance/agreements/(\\d+)/additions").matcher(path);
		if (additionPath.matches() && request.method().equals("POST")) {
			return create(request, Long.parseLong(additionPath.group(1)));
		}
		if (additionPath.matches()) {
			return list(request, additions.getOrDefault(Long.parseLong(additionPath.group(1)), new TreeMap<>()),
					false);
		}
		return Response.json(404, "{\"code\":\"NotFound\",\"message\":\"no such path\"}");
	}

	private Response addition(Request request, long agreementId, long additionId) {
		Response response;
		synchronized (this) {
			String json = additions.getOrDefault(agreementId, new TreeMap<>()).get(additionId);
			if (json == null) {
				return Response.json(404, "{\"code\":\"NotFound\",\"message\":\"Addition not found\"}");
			}
			if (request.method().equals("GET")) {
				return Response.json(200, json);
			}
			if (!request.method().equals("PATCH")) {
				return Response.json(405, "{\"code\":\"MethodNotAllowed\",\"message\":\"not here\"}");
			}
			JsonNode patch = ApiJson.mapper().readTree(request.body());
			ObjectNode addition = (ObjectNode) ApiJson.mapper().readTree(json);
			for (JsonNode op : patch) {
				String field = op.path("path").asString().replaceFirst("^/", "");
				if (!op.path("op").asString().equals("replace") || !field.equals("quantity")) {
					return Response.json(400, "{\"code\":\"InvalidObject\",\"message\":\"unsupported patch\"}");
				}
				addition.put("quantity", op.path("value").decimalValue());
			}
			additions.get(agreementId).put(additionId, addition.toString());
			writes.add("PATCH " + additionId + " " + addition.path("quantity").decimalValue().stripTrailingZeros()
				.toPlainString());
			response = Response.json(200, addition.toString());
		}
		holdIfPaused(writes.get(writes.size() - 1));
		return response;
	}

	private Response create(Request request, long agreementId) {
		Response response;
		synchronized (this) {
			ObjectNode body = (ObjectNode) ApiJson.mapper().readTree(request.body());
			long productId = body.path("product").path("id").asLong();
			String identifier = catalog.entrySet()
				.stream()
				.filter(e -> e.getValue() == productId)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (identifier == null || refusedProducts.contains(identifier) || !body.has("billCustomer")) {
				return Response.json(400, "{\"code\":\"InvalidObject\",\"message\":\"addition object is invalid\","
						+ "\"errors\":[{\"code\":\"InvalidField\",\"message\":\"The product is not valid for "
						+ "this agreement\",\"resource\":\"addition\",\"field\":\"product\"}]}");
			}
			long id = additions.values().stream().flatMap(a -> a.keySet().stream()).mapToLong(Long::longValue).max()
				.orElse(0) + 1;
			body.put("id", id);
			body.put("agreementId", agreementId);
			body.putObject("product").put("id", productId).put("identifier", identifier);
			additions.computeIfAbsent(agreementId, a -> new TreeMap<>()).put(id, body.toString());
			writes.add("POST " + agreementId + " " + id + " " + body.path("serialNumber").asString());
			response = Response.json(201, body.toString());
		}
		holdIfPaused(writes.get(writes.size() - 1));
		return response;
	}

	private void holdIfPaused(String write) {
		CountDownLatch pause = pauseAfterWrite;
		if (pause != null && pausedWrite.test(write)) {
			pauseAfterWrite = null;
			written.countDown();
			try {
				pause.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Response list(Request request, TreeMap<Long, String> records, boolean loop) {
		String conditions = request.query().getOrDefault("conditions", "");
		Matcher above = ID_ABOVE.matcher(conditions);
		long after = above.find() ? Long.parseLong(above.group(1)) : 0;
		Matcher status = STATUS.matcher(conditions);
		String wanted = status.find() ? status.group(1) : null;
		List<Long> ids = new ArrayList<>(records.tailMap(after, false).keySet());
		if (wanted != null) {
			ids.removeIf(id -> !wanted.equalsIgnoreCase(agreementStatus.get(id)));
		}
		int pageSize = Integer.parseInt(request.query().getOrDefault("pageSize", "25"));
		boolean forwardOnly = "forward-only".equals(request.header("pagination-type"));
		int from;
		if (forwardOnly) {
			long pageId = Long.parseLong(request.query().getOrDefault("pageId", "0"));
			from = (int) ids.stream().filter(id -> id <= pageId).count();
		}
		else {
			from = (Integer.parseInt(request.query().getOrDefault("page", "1")) - 1) * pageSize;
		}
		List<Long> page = ids.subList(Math.min(from, ids.size()), Math.min(from + pageSize, ids.size()));
		String body = page.stream().map(records::get).collect(Collectors.joining(",", "[", "]"));
		Response response = Response.json(200, body).with("api-current-version", "2024.1");
		boolean more = from + pageSize < ids.size();
		if (more || loop) {
			String query = request.query()
				.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals("page") && !e.getKey().equals("pageId"))
				.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			String next = forwardOnly ? "pageId=" + page.get(page.size() - 1)
					: "page=" + (loop ? 2 : from / pageSize + 2);
			response = response.with("Link", "<" + baseUrl + request.path() + "?" + query + "&" + next
					+ ">; rel=\"next\", <" + baseUrl + request.path() + "?" + query + "&page=99>; rel=\"last\"");
		}
		return response;
	}

}
