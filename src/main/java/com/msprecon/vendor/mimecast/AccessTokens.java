package com.msprecon.vendor.mimecast;

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
 * OAuth2 client-credentials tokens for Mimecast API 2.0: fetched on first use, reused until shortly before
 * {@code expires_in} runs out (30 minutes documented, 60 reported elsewhere, so the response decides), and
 * dropped when the API refuses one (401).
 */
final class AccessTokens {

	private static final Log log = LogFactory.getLog(AccessTokens.class);

	/** Used when the token response has no {@code expires_in}: the documented TTL. */
	private static final Duration DOCUMENTED_TTL = Duration.ofMinutes(30);

	private final RetryingSender http;

	private final MimecastProperties properties;

	private final Clock clock;

	/** The token in use, shared with the redactor that keeps it out of messages; {@code null} when none. */
	private final AtomicReference<String> token;

	private Instant refreshAt;

	AccessTokens(RetryingSender http, MimecastProperties properties, Clock clock, AtomicReference<String> token) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
		this.token = token;
	}

	synchronized String current() {
		if (token.get() == null || !clock.instant().isBefore(refreshAt)) {
			fetch();
		}
		return token.get();
	}

	synchronized void invalidate() {
		token.set(null);
	}

	private void fetch() {
		String form = "grant_type=client_credentials&client_id=" + encode(properties.clientId()) + "&client_secret="
				+ encode(properties.clientSecret());
		JsonNode response;
		try {
			// streamed, not converted: RestClient logs converted bodies at DEBUG, and this one holds the secret
			byte[] body = form.getBytes(StandardCharsets.UTF_8);
			// asking again for a token creates nothing that matters: another token, the old one still valid
			response = http.sendForJson(ApiRequest.post("POST /oauth/token", request -> request.uri("/oauth/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.contentLength(body.length)
				.body(out -> out.write(body))).idempotent().advisedBy(AccessTokens::advice));
		}
		catch (ApiException ex) {
			throw new TokenRequestFailedException(ex.getMessage(), ex.status(), ex);
		}
		JsonNode accessToken = response.path("access_token");
		if (!accessToken.isString() || accessToken.asString().isBlank()) {
			throw new TokenRequestFailedException("Mimecast POST /oauth/token answered without an access_token: "
					+ "check recon.mimecast.base-url (an API 2.0 host) and the Tenant API Gateway credential", 0);
		}
		Duration ttl = response.path("expires_in").canConvertToLong()
				? Duration.ofSeconds(response.path("expires_in").asLong()) : DOCUMENTED_TTL;
		// a margin longer than the token's life would refresh before every call: then use half the life
		Duration margin = properties.tokenRefreshMargin().compareTo(ttl) < 0 ? properties.tokenRefreshMargin()
				: ttl.dividedBy(2);
		token.set(accessToken.asString());
		refreshAt = clock.instant().plus(ttl).minus(margin);
		log.info("Mimecast access token obtained, valid for " + ttl.toSeconds() + " s");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String advice(int status) {
		if (status == 400 || status == 401 || status == 403) {
			return "the client credentials were refused: check recon.mimecast.client-id and "
					+ "recon.mimecast.client-secret (RECON_MIMECAST_CLIENT_ID, RECON_MIMECAST_CLIENT_SECRET) against the "
					+ "Tenant API Gateway credential; it may have been revoked or regenerated";
		}
		if (status == 404) {
			return "no token endpoint there: check recon.mimecast.base-url (an API 2.0 host such as "
					+ "https://api.services.mimecast.com)";
		}
		return null;
	}

	/** No token could be had; unlike a 401 on an API call, fetching a new token at once cannot help. */
	static final class TokenRequestFailedException extends ApiException {

		TokenRequestFailedException(String message, int status) {
			super(message, status);
		}

		TokenRequestFailedException(String message, int status, ApiException cause) {
			super(message, status, cause);
		}

	}

}
