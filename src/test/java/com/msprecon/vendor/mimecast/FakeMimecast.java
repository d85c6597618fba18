package com.msprecon.vendor.mimecast;

import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.http.ApiJson;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Mimecast API 2.0 that behaves as external-apis.md §1.7 describes: form-encoded client credentials on
 * {@code /oauth/token}, bearer tokens that can be expired by the test, {@code get-account} per
 * {@code meta.accountCode} (an unknown code is a 200 with {@code fail[]}), and a paged
 * {@code get-delegated-access}. Every response carries the {@code X-RateLimit-*} headers.
 */
public final class FakeMimecast implements Function<Request, Response> {

	public static final String CLIENT_ID = "recon-test-client";

	public static final String CLIENT_SECRET = "mc-SECRET-7f3a9c2e51d04b88";

	private final Map<String, ObjectNode> accounts = new TreeMap<>();

	private final Set<String> validTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private final AtomicInteger unauthorized = new AtomicInteger();

	int delegatedPageSize = 2;

	/** When set, every delegated-access page says the same next token: a paging loop. */
	boolean delegatedLoop;

	public FakeMimecast account(String code, String name, int userCount, List<String> packages, List<String> domains) {
		ObjectNode account = ApiJson.mapper().createObjectNode();
		account.put("region", "uk").put("accountCode", code).put("accountName", name).put("userCount", userCount);
		account.put("domain", "temp-" + code.toLowerCase() + ".example");
		ArrayNode packageArray = account.putArray("packages");
		packages.forEach(packageArray::add);
		if (!domains.isEmpty()) {
			ArrayNode domainArray = account.putArray("domains");
			domains.forEach(domainArray::add);
		}
		accounts.put(code, account);
		return this;
	}

	/** The three demo customers used by most tests. */
	static FakeMimecast withThreeAccounts() {
		return new FakeMimecast()
			.account("C10AAA001", "Acme Widgets Ltd", 40, List.of("Email Security Cloud Gateway [1001]"),
					List.of("Acme-Widgets.example"))
			.account("C10BBB002", "Bravo & Sons", 12,
					List.of("Email Security Cloud Gateway [1001]", "Archive [1053]"), List.of())
			.account("C10CCC003", "Charlie GmbH", 7, List.of(), List.of());
	}

	List<String> accountCodes() {
		return new ArrayList<>(accounts.keySet());
	}

	void expireAllTokens() {
		validTokens.clear();
	}

	int tokensIssued() {
		return tokensIssued.get();
	}

	int unauthorizedAnswers() {
		return unauthorized.get();
	}

	@Override
	public Response apply(Request request) {
		Response response = switch (request.path()) {
			case "/oauth/token" -> token(request);
			case "/api/account/get-account" -> authorized(request, this::getAccount);
			case "/api/user/get-delegated-access" -> authorized(request, this::delegatedAccess);
			default -> Response.json(404, "{\"message\":\"not found\"}");
		};
		return response.with("X-RateLimit-Limit", "1000")
			.with("X-RateLimit-Remaining", "999")
			.with("X-RateLimit-Reset", "60000");
	}

	private Response token(Request request) {
		Map<String, String> form = new HashMap<>();
		for (String pair : request.body().split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		if (!String.valueOf(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded")
				|| !"client_credentials".equals(form.get("grant_type"))) {
			return Response.json(400, "{\"error\":\"invalid_request\"}");
		}
		if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
			// a careless server echoes what it got: the client must not pass it on
			return Response.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client "
					+ "credentials for secret " + form.get("client_secret") + "\"}");
		}
		String token = "tok-" + tokensIssued.incrementAndGet() + "-eyJhbGciOiJIUzI1NiJ9";
		validTokens.add(token);
		return Response.json(200,
				"{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":1800}");
	}

	private Response authorized(Request request, Function<JsonNode, Response> handler) {
		String authorization = request.header("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")
				|| !validTokens.contains(authorization.substring(7))) {
			unauthorized.incrementAndGet();
			return Response.json(401, "{\"meta\":{\"status\":401},\"data\":[],\"fail\":[{\"errors\":[{\"code\":"
					+ "\"token_expired\",\"message\":\"The access token is invalid or expired\",\"retryable\":false}]}]}");
		}
		return handler.apply(ApiJson.mapper().readTree(request.body()));
	}

	private Response getAccount(JsonNode body) {
		String code = body.path("meta").path("accountCode").asString("");
		ObjectNode account = accounts.get(code);
		if (account == null) {
			return Response.json(200, "{\"meta\":{\"status\":200},\"data\":[],\"fail\":[{\"key\":{\"accountCode\":\""
					+ code + "\"},\"errors\":[{\"code\":\"err_account_not_found\",\"message\":\"Account not found\","
					+ "\"retryable\":false}]}]}");
		}
		return Response.json(200, "{\"meta\":{\"status\":200},\"data\":[" + account + "],\"fail\":[]}");
	}

	private Response delegatedAccess(JsonNode body) {
		List<String> codes = accountCodes();
		String pageToken = body.path("meta").path("pagination").path("pageToken").asString("");
		int from = pageToken.isEmpty() ? 0 : Integer.parseInt(pageToken.substring(1));
		int to = Math.min(from + delegatedPageSize, codes.size());
		StringBuilder access = new StringBuilder();
		for (int i = from; i < to; i++) {
			access.append(i > from ? "," : "")
				.append("{\"accountCode\":\"")
				.append(codes.get(i))
				.append("\",\"regionCode\":\"uk\",\"roleName\":\"Partner Admin\"}");
		}
		String next = delegatedLoop ? "p0" : to < codes.size() ? "p" + to : "";
		return Response.json(200, "{\"meta\":{\"status\":200,\"pagination\":{\"pageSize\":" + delegatedPageSize
				+ (next.isEmpty() ? "" : ",\"next\":\"" + next + "\"") + "}},\"fail\":[],\"data\":[{\"delegateAccess\":["
				+ access + "],\"localAccount\":{\"accountCode\":\"CPARTNER0\"}}]}");
	}

}
