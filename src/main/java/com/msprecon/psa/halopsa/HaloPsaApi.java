package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiName;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.ReplyClassifier;
import com.msprecon.http.RestClients;
import com.msprecon.http.RetryingSender;
import com.msprecon.http.SecretRedactor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * HaloPSA REST calls: the authorisation server from {@code GET /api/authinfo}, a client-credentials token
 * ({@code scope=all}, {@code tenant} when the instance has one) reused until shortly before {@code expires_in}
 * runs out and fetched again once when a call is refused with 401, and {@code GET /api/...} with the bearer
 * token. A 429 waits (the server's {@code Retry-After}, else the exponential backoff) and is sent again.
 */
public class HaloPsaApi {

	private static final Log log = LogFactory.getLog(HaloPsaApi.class);

	static final ApiName API = new ApiName("HaloPSA", "recon.halopsa");

	/** Used when the token response has no {@code expires_in}: the documented hour. */
	private static final Duration DOCUMENTED_TTL = Duration.ofHours(1);

	private final HaloPsaProperties properties;

	private final HttpTime time;

	private final RetryingSender http;

	private final URI base;

	/** The token in use, shared with the redactor that keeps it out of messages; {@code null} when none. */
	private final AtomicReference<String> token = new AtomicReference<>();

	private Instant refreshAt;

	private URI tokenUrl;

	public HaloPsaApi(HaloPsaProperties properties, HttpTime time) {
		properties.requireSettings();
		this.properties = properties;
		this.time = time;
		SecretRedactor redactor = new SecretRedactor(List.of(properties::clientSecret, token::get));
		this.http = new RetryingSender(API, RestClients.create(properties.baseUrl(), properties.http(),
				headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON))), properties.http(), time,
				new ReplyClassifier(API, properties.http(), new HaloErrorReader(), HaloPsaApi::advice, redactor));
		this.base = URI.create(properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/");
	}

	HaloPsaProperties properties() {
		return properties;
	}

	/** {@code GET /api/{path}} with the query parameters, as JSON; one new token and one more try after a 401. */
	JsonNode get(String path, Map<String, Object> query, String description) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base).path("api/" + path);
		query.forEach((name, value) -> builder.queryParam(name, value));
		URI url = builder.build().encode().toUri();
		// the token is read for every attempt: after a 401 the next one carries the new token
		ApiRequest request = ApiRequest.get(description,
				spec -> spec.uri(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + currentToken()));
		try {
			return http.sendForJson(request);
		}
		catch (ApiException ex) {
			if (!ex.isUnauthorized() || ex instanceof TokenRequestFailedException) {
				throw ex;
			}
			log.info("HaloPSA refused the access token for " + description + "; fetching a new one");
			synchronized (this) {
				token.set(null);
			}
			try {
				return http.sendForJson(request);
			}
			catch (ApiException again) {
				if (again.isUnauthorized() && !(again instanceof TokenRequestFailedException)) {
					throw new ApiException("HaloPSA refused a newly issued access token for " + description
							+ ": the API application is valid but may not read this; check its permissions (see "
							+ "docs/sources.md)", 401, again);
				}
				throw again;
			}
		}
	}

	private synchronized String currentToken() {
		if (token.get() == null || !time.clock().instant().isBefore(refreshAt)) {
			fetchToken();
		}
		return token.get();
	}

	private void fetchToken() {
		URI url = tokenUrl();
		String form = "grant_type=client_credentials&client_id=" + encode(properties.clientId()) + "&client_secret="
				+ encode(properties.clientSecret()) + "&scope=" + encode(properties.scope());
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		JsonNode response;
		try {
			// streamed, not converted: RestClient logs converted bodies at DEBUG, and this one holds the secret
			response = http.sendForJson(ApiRequest.post("POST /auth/token", request -> request.uri(url)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.contentLength(body.length)
				.body(out -> out.write(body))).idempotent().advisedBy(HaloPsaApi::tokenAdvice));
		}
		catch (ApiException ex) {
			throw new TokenRequestFailedException(ex.getMessage(), ex.status(), ex);
		}
		JsonNode accessToken = response.path("access_token");
		if (!accessToken.isString() || accessToken.asString().isBlank()) {
			throw new TokenRequestFailedException("HaloPSA POST /auth/token answered without an access_token: "
					+ "check recon.halopsa.base-url and recon.halopsa.auth-url", 0, null);
		}
		Duration ttl = response.path("expires_in").canConvertToLong()
				? Duration.ofSeconds(response.path("expires_in").asLong()) : DOCUMENTED_TTL;
		Duration margin = properties.tokenRefreshMargin().compareTo(ttl) < 0 ? properties.tokenRefreshMargin()
				: ttl.dividedBy(2);
		token.set(accessToken.asString());
		refreshAt = time.clock().instant().plus(ttl).minus(margin);
		log.info("HaloPSA access token obtained, valid for " + ttl.toSeconds() + " s");
	}

	/** {@code {auth_url}/token?tenant=…}: from the settings, else from {@code GET /api/authinfo} (no credential). */
	private URI tokenUrl() {
		if (tokenUrl != null) {
			return tokenUrl;
		}
		String authUrl = properties.authUrl();
		String tenant = properties.tenant();
		if (authUrl.isEmpty()) {
			URI info = base.resolve("api/authinfo");
			JsonNode json = http.sendForJson(ApiRequest.get("GET /api/authinfo", request -> request.uri(info)));
			authUrl = json.path("auth_url").asString("");
			if (authUrl.isBlank()) {
				throw new ApiException("HaloPSA GET /api/authinfo gave no auth_url: check recon.halopsa.base-url, "
						+ "or name the authorisation server in recon.halopsa.auth-url", 200);
			}
			if (!URI.create(authUrl).getHost().equalsIgnoreCase(base.getHost())) {
				// the client secret goes there: only to a host the operator named
				throw new ApiException("HaloPSA GET /api/authinfo names an authorisation server on another host ("
						+ URI.create(authUrl).getHost() + "); the client secret is not sent there unless "
						+ "recon.halopsa.auth-url names it", 200);
			}
			if (tenant.isEmpty() && json.path("tenant_id").isString()) {
				tenant = json.path("tenant_id").asString();
			}
		}
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(authUrl.endsWith("/") ? authUrl + "token"
				: authUrl + "/token");
		if (!tenant.isBlank()) {
			builder.queryParam("tenant", tenant);
		}
		tokenUrl = builder.build().encode().toUri();
		return tokenUrl;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String advice(int status) {
		return switch (status) {
			case 401 -> "the access token was refused; check recon.halopsa.client-id and recon.halopsa.client-secret";
			case 403 -> "the API application lacks a permission: it needs read access to customers, contracts and "
					+ "recurring invoices (see docs/sources.md)";
			case 404 -> "the endpoint is not there: check recon.halopsa.base-url (https://{instance}.halopsa.com)";
			default -> null;
		};
	}

	private static String tokenAdvice(int status) {
		if (status == 400 || status == 401 || status == 403) {
			return "the client credentials were refused: check recon.halopsa.client-id and recon.halopsa.client-secret "
					+ "(RECON_HALOPSA_CLIENT_ID, RECON_HALOPSA_CLIENT_SECRET), the application's authentication "
					+ "method (client ID and secret, services) and recon.halopsa.tenant for a hosted instance";
		}
		if (status == 404) {
			return "no token endpoint there: check recon.halopsa.base-url or recon.halopsa.auth-url";
		}
		return null;
	}

	/** No token could be had; unlike a 401 on an API call, fetching a new token at once cannot help. */
	static final class TokenRequestFailedException extends ApiException {

		TokenRequestFailedException(String message, int status, ApiException cause) {
			super(message, status, cause);
		}

	}

}
