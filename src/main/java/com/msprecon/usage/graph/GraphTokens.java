package com.msprecon.usage.graph;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.RetryingSender;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Client-credentials tokens of the multi-tenant application, one tenant at a time (tenants are read one after
 * the other): {@code POST {login}/{tenant}/oauth2/v2.0/token}, reused for that tenant until shortly before
 * {@code expires_in} runs out, dropped when Graph refuses it.
 */
final class GraphTokens {

	private static final Log log = LogFactory.getLog(GraphTokens.class);

	private static final Duration DEFAULT_TTL = Duration.ofMinutes(60);

	private final RetryingSender login;

	private final GraphProperties properties;

	private final Clock clock;

	/** The token in use, shared with the redactor that keeps it out of messages; {@code null} when none. */
	private final AtomicReference<String> token;

	private String tenantOfToken;

	private Instant refreshAt;

	GraphTokens(RetryingSender login, GraphProperties properties, Clock clock, AtomicReference<String> token) {
		this.login = login;
		this.properties = properties;
		this.clock = clock;
		this.token = token;
	}

	synchronized String current(String tenant) {
		if (token.get() == null || !tenant.equals(tenantOfToken) || !clock.instant().isBefore(refreshAt)) {
			fetch(tenant);
		}
		return token.get();
	}

	synchronized void invalidate() {
		token.set(null);
	}

	private void fetch(String tenant) {
		token.set(null);
		String form = "grant_type=client_credentials&client_id=" + encode(properties.clientId()) + "&client_secret="
				+ encode(properties.clientSecret()) + "&scope=" + encode(properties.scope());
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		String path = "/" + encode(tenant) + "/oauth2/v2.0/token";
		JsonNode response;
		try {
			// streamed, not converted: RestClient logs converted bodies at DEBUG, and this one holds the secret;
			// asking again for a token creates nothing that matters
			response = login.sendForJson(ApiRequest.post("POST /{tenant}/oauth2/v2.0/token for tenant " + tenant,
					request -> request.uri(path)
						.contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.contentLength(body.length)
						.body(out -> out.write(body)))
				.idempotent()
				.advisedBy(GraphTokens::advice));
		}
		catch (ApiException ex) {
			throw ex.status() == 400 ? new TenantRefusedException(ex.getMessage(), ex)
					: new TokenRequestFailedException(ex.getMessage(), ex.status(), ex);
		}
		JsonNode accessToken = response.path("access_token");
		if (!accessToken.isString() || accessToken.asString().isBlank()) {
			throw new TokenRequestFailedException("Microsoft identity platform answered without an access_token for "
					+ "tenant " + tenant + ": check recon.usage.graph.login-url", 0, null);
		}
		Duration ttl = response.path("expires_in").canConvertToLong()
				? Duration.ofSeconds(response.path("expires_in").asLong()) : DEFAULT_TTL;
		Duration margin = properties.tokenRefreshMargin().compareTo(ttl) < 0 ? properties.tokenRefreshMargin()
				: ttl.dividedBy(2);
		token.set(accessToken.asString());
		tenantOfToken = tenant;
		refreshAt = clock.instant().plus(ttl).minus(margin);
		log.debug("Graph access token obtained for tenant " + tenant + ", valid for " + ttl.toSeconds() + " s");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String advice(int status) {
		if (status == 400) {
			return "the tenant refused a token to the application: it has not consented to it (or revoked the "
					+ "consent), or the tenant id is wrong; see docs/sources.md, Microsoft Graph, consent";
		}
		if (status == 401) {
			return "the client credentials were refused: check recon.usage.graph.client-id and "
					+ "recon.usage.graph.client-secret (RECON_USAGE_GRAPH_CLIENT_ID, RECON_USAGE_GRAPH_CLIENT_SECRET); "
					+ "the secret may have expired";
		}
		if (status == 404) {
			return "no token endpoint there: check recon.usage.graph.login-url";
		}
		return null;
	}

	/** The tenant will not give the application a token (no consent, unknown tenant): a per-tenant problem. */
	static final class TenantRefusedException extends ApiException {

		TenantRefusedException(String message, ApiException cause) {
			super(message, cause.status(), cause);
		}

	}

	/** No token could be had for a reason that concerns every tenant (bad credentials, wrong host). */
	static final class TokenRequestFailedException extends ApiException {

		TokenRequestFailedException(String message, int status, ApiException cause) {
			super(message, status, cause);
		}

	}

}
