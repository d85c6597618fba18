package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake HaloPSA as external-apis.md §4 and write-back-usage-scale.md §2 describe: {@code GET /api/authinfo}
 * naming the authorisation server, a client-credentials token at {@code /auth/token} (form fields,
 * {@code scope=all}, an hour's {@code expires_in}), bearer-token calls, clients paged with {@code pageinate},
 * {@code page_size} and {@code page_no} (in id order with {@code order=id}), and per client its contracts and
 * recurring invoices (with their lines when {@code includelines=true}).
 */
public final class FakeHaloPsa implements Function<Request, Response> {

	public static final String CLIENT_ID = "9a8b7c6d-halo-4000-8000-client000001";

	public static final String CLIENT_SECRET = "halo-SECRET-0f1e2d3c4b5a69788796";

	public static final String TENANT = "acmemsp";

	private final TreeMap<Long, ObjectNode> clients = new TreeMap<>();

	private final Map<Long, List<ObjectNode>> contracts = new HashMap<>();

	private final Map<Long, List<ObjectNode>> invoices = new HashMap<>();

	private final Set<String> validTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	public String baseUrl;

	/** When set, {@code page_no} is ignored: every page is the first (a paging loop). */
	volatile boolean ignoresPageNo;

	public FakeHaloPsa client(ObjectNode client) {
		clients.put(client.get("id").asLong(), client);
		return this;
	}

	public FakeHaloPsa contract(long clientId, ObjectNode contract) {
		contracts.computeIfAbsent(clientId, c -> new ArrayList<>()).add(contract);
		return this;
	}

	public FakeHaloPsa invoice(long clientId, ObjectNode invoice) {
		invoices.computeIfAbsent(clientId, c -> new ArrayList<>()).add(invoice);
		return this;
	}

	/** Every token issued so far stops working, as after its hour. */
	void expireTokens() {
		validTokens.clear();
	}

	int tokensIssued() {
		return tokensIssued.get();
	}

	@Override
	public Response apply(Request request) {
		if (request.path().equals("/api/authinfo")) {
			return Response.json(200, "{\"auth_url\":\"" + baseUrl + "/auth\",\"tenant_id\":\"" + TENANT + "\"}");
		}
		if (request.path().equals("/auth/token") && request.method().equals("POST")) {
			return token(request);
		}
		String authorization = request.header("Authorization");
		if (authorization == null || !validTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
			return Response.json(401, "{\"message\":\"Authorization has been denied for this request.\"}");
		}
		long clientId = Long.parseLong(request.query().getOrDefault("client_id", "0"));
		return switch (request.path()) {
			case "/api/Client" -> clients(request);
			case "/api/ClientContract" -> Response.json(200, array(contracts.getOrDefault(clientId, List.of())).toString());
			case "/api/RecurringInvoice" -> recurringInvoices(clientId,
					"true".equals(request.query().get("includelines")));
			default -> Response.json(404, "{\"message\":\"No HTTP resource was found\"}");
		};
	}

	private Response token(Request request) {
		Map<String, String> form = new HashMap<>();
		for (String pair : request.body().split("&")) {
			int eq = pair.indexOf('=');
			form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		if (!TENANT.equals(request.query().get("tenant")) || !"client_credentials".equals(form.get("grant_type"))
				|| !"all".equals(form.get("scope")) || !CLIENT_ID.equals(form.get("client_id"))
				|| !CLIENT_SECRET.equals(form.get("client_secret"))) {
			return Response.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"The client "
					+ "credentials are invalid\"}");
		}
		String token = "halo-token-" + tokensIssued.incrementAndGet() + "-abcdef0123456789";
		validTokens.add(token);
		return Response.json(200, "{\"scope\":\"all\",\"token_type\":\"Bearer\",\"access_token\":\"" + token
				+ "\",\"expires_in\":3600,\"id_token\":null}");
	}

	private Response clients(Request request) {
		int size = Integer.parseInt(request.query().getOrDefault("page_size", "50"));
		int page = ignoresPageNo ? 1 : Integer.parseInt(request.query().getOrDefault("page_no", "1"));
		List<ObjectNode> all = new ArrayList<>(clients.values());
		if (!"id".equals(request.query().get("order"))) {
			// Halo's own order: by name
			all.sort((a, b) -> a.get("name").asString().compareTo(b.get("name").asString()));
		}
		if (!"true".equals(request.query().get("includeinactive"))) {
			all.removeIf(c -> c.path("inactive").asBoolean(false));
		}
		List<ObjectNode> slice = all.subList(Math.min((page - 1) * size, all.size()), Math.min(page * size, all.size()));
		ObjectNode reply = ApiJson.mapper().createObjectNode().put("page_no", page).put("page_size", size)
			.put("record_count", all.size());
		reply.set("clients", array(slice));
		return Response.json(200, reply.toString());
	}

	private Response recurringInvoices(long clientId, boolean lines) {
		ArrayNode list = ApiJson.mapper().createArrayNode();
		for (ObjectNode invoice : invoices.getOrDefault(clientId, List.of())) {
			ObjectNode copy = invoice.deepCopy();
			if (!lines) {
				copy.remove("lines");
			}
			list.add(copy);
		}
		ObjectNode reply = ApiJson.mapper().createObjectNode().put("record_count", list.size());
		reply.set("invoices", list);
		return Response.json(200, reply.toString());
	}

	private static ArrayNode array(List<ObjectNode> records) {
		ArrayNode array = ApiJson.mapper().createArrayNode();
		records.forEach(array::add);
		return array;
	}

}
