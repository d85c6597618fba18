package com.msprecon.vendor.mimecast;

import com.msprecon.http.ApiErrorAdvice;
import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
import com.msprecon.http.ApiName;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.ReplyClassifier;
import com.msprecon.http.RestClients;
import com.msprecon.http.RetryingSender;
import com.msprecon.http.SecretRedactor;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Mimecast API 2.0 calls the job makes: {@code POST /api/...} with the {@code {"meta":…,"data":[…]}}
 * envelope and a bearer token. A 401 fetches a new token and tries once more. An HTTP 200 whose {@code fail[]}
 * is not empty is a failure ({@link MimecastErrorReader}): retried when every error in it is {@code retryable},
 * else reported. Every call the job makes is a lookup that changes nothing, so each may be sent again.
 */
public class MimecastApi {

	private static final Log log = LogFactory.getLog(MimecastApi.class);

	static final ApiName API = new ApiName("Mimecast", "recon.mimecast");

	private final RetryingSender http;

	private final AccessTokens tokens;

	private final int pageSize;

	public MimecastApi(MimecastProperties properties, HttpTime time) {
		properties.requireCredentials();
		// read whenever a message is redacted, so that tokens issued later are kept out of messages too
		AtomicReference<String> tokenInUse = new AtomicReference<>();
		SecretRedactor redactor = new SecretRedactor(List.of(properties::clientSecret, tokenInUse::get));
		this.http = new RetryingSender(API,
				RestClients.create(properties.baseUrl(), properties.http(),
						headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON))),
				properties.http(), time,
				new ReplyClassifier(API, properties.http(), new MimecastErrorReader(), MimecastApi::advice, redactor));
		this.tokens = new AccessTokens(http, properties, time.clock(), tokenInUse);
		this.pageSize = properties.pageSize();
	}

	/** The customer account's details ({@code get-account}), asked on its behalf through {@code meta.accountCode}. */
	public JsonNode getAccount(String accountCode) {
		return post("/api/account/get-account", accountCode, null);
	}

	/** One page of {@code get-delegated-access}; {@code pageToken} is {@code null} for the first page. */
	public JsonNode getDelegatedAccess(String pageToken) {
		return post("/api/user/get-delegated-access", null, pageToken);
	}

	/** The next-page token of a paged response, or {@code null} on the last page. */
	public static String nextPageToken(JsonNode envelope) {
		JsonNode next = envelope.path("meta").path("pagination").path("next");
		return next.isString() && !next.asString().isBlank() ? next.asString() : null;
	}

	private JsonNode post(String path, String accountCode, String pageToken) {
		String description = "POST " + path + (accountCode == null ? "" : " for account " + accountCode);
		String json = ApiJson.mapper().writeValueAsString(envelope(accountCode, pageToken));
		// the token is read for every attempt: after a 401 the next one carries the new token
		ApiRequest lookup = ApiRequest.post(description, spec -> spec.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)).readOnly();
		ApiRequest request = accountCode == null ? lookup : lookup.advisedBy(forAccount(accountCode));
		try {
			return http.sendForJson(request);
		}
		catch (ApiException ex) {
			if (!ex.isUnauthorized() || ex instanceof AccessTokens.TokenRequestFailedException) {
				throw ex;
			}
			// the token expired early or was revoked: one new token, one more try
			log.info("Mimecast refused the access token for " + description + "; fetching a new one");
			tokens.invalidate();
			try {
				return http.sendForJson(request);
			}
			catch (ApiException again) {
				if (again.isUnauthorized() && !(again instanceof AccessTokens.TokenRequestFailedException)) {
					throw new ApiException("Mimecast refused a newly issued access token for " + description
							+ ": the Tenant API Gateway credential is valid but not accepted for this API; check its "
							+ "application role and that the partner credential manages this account", 401, again);
				}
				throw again;
			}
		}
	}

	private ObjectNode envelope(String accountCode, String pageToken) {
		ObjectNode body = ApiJson.mapper().createObjectNode();
		ObjectNode meta = body.putObject("meta");
		if (accountCode != null) {
			meta.put("accountCode", accountCode);
		}
		ObjectNode pagination = meta.putObject("pagination");
		pagination.put("pageSize", pageSize);
		if (pageToken != null) {
			pagination.put("pageToken", pageToken);
		}
		body.putArray("data");
		return body;
	}

	/** A {@code fail[]} for one account (status 200) most likely means the account code is wrong. */
	private static ApiErrorAdvice forAccount(String accountCode) {
		return status -> status == 200 ? "check that account code " + accountCode + " is right and is managed by "
				+ "this partner; remove it from recon.mimecast.account-codes otherwise" : advice(status);
	}

	private static String advice(int status) {
		return switch (status) {
			case 401 -> "the access token was refused; check recon.mimecast.client-id and recon.mimecast.client-secret";
			case 403 -> "the credential lacks a permission for this call: give the Tenant API Gateway credential's "
					+ "application the permissions in docs/sources.md (Account | Dashboard | Read for get-account)";
			case 404, 405 -> "the endpoint is not there: check recon.mimecast.base-url (an API 2.0 host such as "
					+ "https://api.services.mimecast.com)";
			case 400 -> "the request was refused as invalid: check recon.mimecast.account-codes and "
					+ "recon.mimecast.page-size";
			default -> null;
		};
	}

}
