package com.msprecon.usage.graph;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiName;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.PageGuard;
import com.msprecon.http.ReplyClassifier;
import com.msprecon.http.RestClients;
import com.msprecon.http.RetryingSender;
import com.msprecon.http.SecretRedactor;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The Microsoft Graph calls the usage source makes, each in one tenant with that tenant's token: GETs only, so
 * each may be sent again. Lists follow {@code @odata.nextLink}, which must point at the configured Graph host
 * (the token is never sent anywhere else). A 401 fetches a new token and tries once more.
 */
class GraphApi {

	private static final Log log = LogFactory.getLog(GraphApi.class);

	static final ApiName API = new ApiName("Microsoft Graph", "recon.usage.graph");

	static final ApiName LOGIN = new ApiName("Microsoft identity platform", "recon.usage.graph");

	private final RetryingSender graph;

	private final GraphTokens tokens;

	private final String baseUrl;

	private final int maxPages;

	GraphApi(GraphProperties properties, HttpTime time) {
		properties.requireSettings();
		AtomicReference<String> tokenInUse = new AtomicReference<>();
		SecretRedactor redactor = new SecretRedactor(List.of(properties::clientSecret, tokenInUse::get));
		RetryingSender login = new RetryingSender(LOGIN,
				RestClients.create(properties.loginUrl(), properties.http(),
						headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON))),
				properties.http(), time, new ReplyClassifier(LOGIN, properties.http(), new GraphErrorReader(),
						status -> null, redactor));
		this.graph = new RetryingSender(API,
				RestClients.create(properties.baseUrl(), properties.http(),
						headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON))),
				properties.http(), time,
				new ReplyClassifier(API, properties.http(), new GraphErrorReader(), GraphApi::advice, redactor));
		this.tokens = new GraphTokens(login, properties, time.clock(), tokenInUse);
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		this.maxPages = properties.http().maxPages();
	}

	/** One GET in {@code tenant}; {@code eventual} adds {@code ConsistencyLevel: eventual} (needed for $count). */
	JsonNode get(String tenant, String description, Function<UriBuilder, URI> uri, boolean eventual) {
		return send(tenant, description, spec -> spec.uri(uri), eventual);
	}

	/** Every item of a list in {@code tenant}, page after page. */
	void list(String tenant, String listing, Function<UriBuilder, URI> firstPage, boolean eventual,
			Consumer<JsonNode> each) {
		PageGuard guard = new PageGuard("Microsoft Graph " + listing + " in tenant " + tenant, maxPages,
				API.property("http.max-pages"));
		guard.beforePage(null);
		JsonNode page = get(tenant, listing, firstPage, eventual);
		int number = 1;
		while (true) {
			page.path("value").forEach(each);
			JsonNode next = page.path("@odata.nextLink");
			if (!next.isString() || next.asString().isBlank()) {
				return;
			}
			String link = next.asString();
			if (!link.startsWith(baseUrl + "/")) {
				throw new ApiException("Microsoft Graph " + listing + " in tenant " + tenant + " handed out a next "
						+ "page on another host than " + API.property("base-url") + "=" + baseUrl
						+ "; not followed, since the request would carry the tenant's token there", 0);
			}
			guard.beforePage(link);
			number++;
			String description = listing + " page " + number;
			page = send(tenant, description, spec -> spec.uri(URI.create(link)), eventual);
		}
	}

	private JsonNode send(String tenant, String description,
			Function<org.springframework.web.client.RestClient.RequestBodyUriSpec, org.springframework.web.client.RestClient.RequestHeadersSpec<?>> target,
			boolean eventual) {
		String what = description + " in tenant " + tenant;
		// the token is read for every attempt: after a 401 the next one carries the new token
		ApiRequest request = ApiRequest.get(what, spec -> {
			var headers = target.apply(spec).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current(tenant));
			return eventual ? headers.header("ConsistencyLevel", "eventual") : headers;
		});
		try {
			return graph.sendForJson(request);
		}
		catch (ApiException ex) {
			if (!ex.isUnauthorized() || ex instanceof GraphTokens.TokenRequestFailedException) {
				throw ex;
			}
			log.info("Microsoft Graph refused the access token for " + what + "; fetching a new one");
			tokens.invalidate();
			return graph.sendForJson(request);
		}
	}

	private static String advice(int status) {
		return switch (status) {
			case 401 -> "the tenant does not accept the application's token: its consent may have been revoked";
			case 403 -> "the application lacks a permission in this tenant (User.Read.All, Organization.Read.All, "
					+ "Domain.Read.All; see docs/sources.md): grant admin consent again in the tenant";
			case 404 -> "no such Graph endpoint: check recon.usage.graph.base-url";
			case 400 -> "Graph refused the query; check recon.usage.graph.skus and recon.usage.graph.page-size";
			default -> null;
		};
	}

}
