package com.msprecon.usage.graph;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Microsoft identity platform and Microsoft Graph on one loopback server, as the reference describes
 * them: a client-credentials token per tenant on {@code /{tenant}/oauth2/v2.0/token} (400 AADSTS700016 for a
 * tenant that has not consented, 401 for a wrong secret), and per tenant {@code /v1.0/domains},
 * {@code /v1.0/subscribedSkus}, {@code /v1.0/users} with {@code $filter=assignedLicenses/any(...)&$count=true}
 * (which needs {@code ConsistencyLevel: eventual}) or paged by {@code @odata.nextLink}, and the partner's
 * {@code /v1.0/tenantRelationships/delegatedAdminCustomers}. A revoked tenant still issues tokens but answers
 * 403, as when its admin consent was withdrawn.
 */
public final class FakeGraph implements Function<Request, Response> {

	public static final String CLIENT_ID = "11111111-2222-4333-8444-555555555555";

	public static final String CLIENT_SECRET = "graph~SECRET~9f8e7d6c5b4a";

	/** Every token starts with this, so that a test can search for any token anywhere. */
	public static final String TOKEN_PREFIX = "eyJ0eXAiOiJKV1QiLCJncmFwaCJ9";

	private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");

	private static final Pattern ANY_SKU = Pattern.compile("assignedLicenses/any\\(s:s/skuId eq ([0-9a-f-]+)\\)");

	private final Map<String, Tenant> tenants = new LinkedHashMap<>();

	private final Map<String, String> tenantOfToken = new ConcurrentHashMap<>();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	/** Set by the test: the server's own base URL, for next links. */
	public String baseUrl;

	/** Users per page when paging through users (the client's $top is honoured when smaller). */
	public int usersPerPage = 2;

	/** A customer tenant of the fake. */
	public static final class Tenant {

		final String id;

		final String name;

		final Map<String, Boolean> domains = new LinkedHashMap<>();

		final Map<String, String> skuIds = new LinkedHashMap<>();

		final List<Map.Entry<String, Set<String>>> users = new ArrayList<>();

		boolean consented = true;

		boolean revoked;

		Tenant(String id, String name) {
			this.id = id;
			this.name = name;
		}

		public Tenant domain(String domain, boolean verified) {
			domains.put(domain, verified);
			return this;
		}

		/** {@code count} users holding exactly the given licences (part numbers); the SKUs are subscribed. */
		public Tenant users(int count, String... partNumbers) {
			Set<String> ids = new LinkedHashSet<>();
			for (String part : partNumbers) {
				ids.add(sku(part));
			}
			for (int i = 0; i < count; i++) {
				users.add(Map.entry(UUID.nameUUIDFromBytes((id + "/user/" + users.size()).getBytes()).toString(), ids));
			}
			return this;
		}

		/** A subscribed licence, whether anyone holds it or not. */
		public Tenant subscribed(String partNumber) {
			sku(partNumber);
			return this;
		}

		private String sku(String partNumber) {
			return skuIds.computeIfAbsent(partNumber,
					p -> UUID.nameUUIDFromBytes((id + "/sku/" + p).getBytes()).toString());
		}

		/** The tenant has not consented to the application: no token. */
		public Tenant withoutConsent() {
			consented = false;
			return this;
		}

		/** The admin consent was withdrawn: tokens, but every Graph call answers 403. */
		public Tenant revoked() {
			revoked = true;
			return this;
		}

		public String id() {
			return id;
		}

		int holdersOf(String skuId) {
			return (int) users.stream().filter(u -> u.getValue().contains(skuId)).count();
		}

	}

	public Tenant tenant(String id, String name) {
		Tenant tenant = new Tenant(id.toLowerCase(Locale.ROOT), name);
		tenants.put(tenant.id, tenant);
		return tenant;
	}

	public int tokensIssued() {
		return tokensIssued.get();
	}

	/** Every token issued so far is refused from now on (401). */
	public void expireAllTokens() {
		tenantOfToken.clear();
	}

	@Override
	public Response apply(Request request) {
		Matcher token = TOKEN_PATH.matcher(request.path());
		if (request.method().equals("POST") && token.matches()) {
			return token(token.group(1).toLowerCase(Locale.ROOT), form(request.body()));
		}
		String authorization = request.header("Authorization");
		String tenantId = authorization == null ? null : tenantOfToken.get(authorization.replace("Bearer ", ""));
		if (tenantId == null) {
			return error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
		}
		Tenant tenant = tenants.get(tenantId);
		if (tenant != null && tenant.revoked) {
			return error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
		}
		return switch (request.path()) {
			case "/v1.0/domains" -> list(domains(tenant));
			case "/v1.0/subscribedSkus" -> list(skus(tenant));
			case "/v1.0/users" -> users(tenant, request);
			case "/v1.0/tenantRelationships/delegatedAdminCustomers" -> customers(request);
			default -> error(404, "Request_ResourceNotFound", "Resource not found: " + request.path());
		};
	}

	private Response token(String tenantId, Map<String, String> form) {
		if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
			return Response.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid "
					+ "client secret provided. Ensure the secret being sent in the request is the client secret value, "
					+ "not the client secret ID, for a secret added to app '" + CLIENT_ID + "'.\"}");
		}
		if (!"client_credentials".equals(form.get("grant_type"))
				|| !"https://graph.microsoft.com/.default".equals(form.get("scope"))) {
			return Response.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS900144\"}");
		}
		Tenant tenant = tenants.get(tenantId);
		boolean partner = tenantId.equals(PARTNER);
		if (!partner && (tenant == null || !tenant.consented)) {
			return Response.json(400, "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: "
					+ "Application with identifier '" + CLIENT_ID + "' was not found in the directory '" + tenantId
					+ "'. This can happen if the application has not been installed by the administrator of the "
					+ "tenant or consented to by any user in the tenant.\"}");
		}
		String value = TOKEN_PREFIX + "." + tokensIssued.incrementAndGet() + "." + UUID.randomUUID();
		tenantOfToken.put(value, tenantId);
		return Response.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
				+ "\"access_token\":\"" + value + "\"}");
	}

	/** The partner tenant, whose GDAP customers are every tenant of the fake. */
	public static final String PARTNER = "99999999-0000-4000-8000-000000000000";

	private static List<ObjectNode> domains(Tenant tenant) {
		List<ObjectNode> domains = new ArrayList<>();
		tenant.domains.forEach((domain, verified) -> domains
			.add(object().put("id", domain).put("isVerified", verified).put("isDefault", domains.isEmpty())));
		return domains;
	}

	private static List<ObjectNode> skus(Tenant tenant) {
		List<ObjectNode> skus = new ArrayList<>();
		tenant.skuIds.forEach((part, skuId) -> {
			ObjectNode sku = object().put("skuId", skuId).put("skuPartNumber", part)
				.put("consumedUnits", tenant.holdersOf(skuId)).put("capabilityStatus", "Enabled");
			sku.putObject("prepaidUnits").put("enabled", tenant.holdersOf(skuId) + 5);
			skus.add(sku);
		});
		return skus;
	}

	private Response users(Tenant tenant, Request request) {
		String filter = request.query().get("$filter");
		if (filter != null) {
			Matcher any = ANY_SKU.matcher(filter);
			if (!any.matches()) {
				return error(400, "Request_UnsupportedQuery", "Unsupported filter");
			}
			if (!"eventual".equals(request.header("ConsistencyLevel")) || !"true".equals(request.query().get("$count"))) {
				return error(400, "Request_UnsupportedQuery", "Operator 'any' is not supported because the required "
						+ "parameters might be missing. Try adding $count=true and ConsistencyLevel:eventual header.");
			}
			ObjectNode body = object().put("@odata.count", tenant.holdersOf(any.group(1)));
			body.putArray("value");
			return Response.json(200, body.toString());
		}
		int top = Math.min(usersPerPage, Integer.parseInt(request.query().getOrDefault("$top", "100")));
		int from = Integer.parseInt(request.query().getOrDefault("$skiptoken", "0"));
		ObjectNode body = object();
		ArrayNode value = body.putArray("value");
		for (int i = from; i < Math.min(from + top, tenant.users.size()); i++) {
			ObjectNode user = value.addObject().put("id", tenant.users.get(i).getKey());
			ArrayNode licences = user.putArray("assignedLicenses");
			tenant.users.get(i).getValue().forEach(sku -> licences.addObject().put("skuId", sku).putArray("disabledPlans"));
		}
		if (from + top < tenant.users.size()) {
			body.put("@odata.nextLink", baseUrl + "/v1.0/users?$select=id,assignedLicenses&$top=" + top
					+ "&$skiptoken=" + (from + top));
		}
		return Response.json(200, body.toString());
	}

	private Response customers(Request request) {
		int from = Integer.parseInt(request.query().getOrDefault("$skiptoken", "0"));
		List<Tenant> all = new ArrayList<>(tenants.values());
		ObjectNode body = object();
		ArrayNode value = body.putArray("value");
		for (int i = from; i < Math.min(from + 2, all.size()); i++) {
			value.addObject().put("id", all.get(i).id).put("tenantId", all.get(i).id)
				.put("displayName", all.get(i).name);
		}
		if (from + 2 < all.size()) {
			body.put("@odata.nextLink", baseUrl + "/v1.0/tenantRelationships/delegatedAdminCustomers?$skiptoken="
					+ (from + 2));
		}
		return Response.json(200, body.toString());
	}

	private static Response list(List<ObjectNode> items) {
		ObjectNode body = object();
		items.forEach(body.putArray("value")::add);
		return Response.json(200, body.toString());
	}

	private static Response error(int status, String code, String message) {
		ObjectNode body = object();
		body.putObject("error").put("code", code).put("message", message);
		return Response.json(status, body.toString());
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static ObjectNode object() {
		return ApiJson.mapper().createObjectNode();
	}

}
