package com.msprecon.vendor.mimecast;

import com.msprecon.http.ApiException;
import com.msprecon.http.HttpTime;
import com.msprecon.http.ResilientHttp;
import com.msprecon.http.RetryableApiException;
import com.msprecon.http.SecretRedactor;
import java.util.ArrayList;
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
 * is not empty is a failure: retried when every error in it is {@code retryable}, else reported.
 */
public class MimecastApi {

	private static final Log log = LogFactory.getLog(MimecastApi.class);

	private final ResilientHttp http;

	private final AccessTokens tokens;

	private final int pageSize;

	private final SecretRedactor redactor;

	public MimecastApi(MimecastProperties properties, HttpTime time) {
		properties.requireCredentials();
		// read whenever a message is redacted, so that tokens issued later are kept out of messages too
		AtomicReference<String> tokenInUse = new AtomicReference<>();
		this.redactor = new SecretRedactor(List.of(properties::clientSecret, tokenInUse::get));
		this.http = new ResilientHttp("Mimecast", "recon.mimecast",
				ResilientHttp.restClient(properties.baseUrl(), properties.http()), properties.http(), time,
				MimecastApi::advice, redactor);
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
		ObjectNode body = envelope(accountCode, pageToken);
		try {
			return postWithToken(description, path, body);
		}
		catch (ApiException ex) {
			if (!ex.isUnauthorized() || ex instanceof AccessTokens.TokenRequestFailedException) {
				throw ex;
			}
			// the token expired early or was revoked: one new token, one more try
			log.info("Mimecast refused the access token for " + description + "; fetching a new one");
			tokens.invalidate();
			try {
				return postWithToken(description, path, body);
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

	private JsonNode postWithToken(String description, String path, ObjectNode body) {
		String json = ResilientHttp.json().writeValueAsString(body);
		return http.sendForJson(description, client -> client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(json), envelope -> requireNoFailures(description, accountCode(body), envelope));
	}

	private ObjectNode envelope(String accountCode, String pageToken) {
		ObjectNode body = ResilientHttp.json().createObjectNode();
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

	private static String accountCode(ObjectNode body) {
		JsonNode code = body.path("meta").path("accountCode");
		return code.isString() ? code.asString() : null;
	}

	/**
	 * HTTP 200 does not mean success: the function's result is in {@code fail[]}. Its text comes from the server
	 * and is redacted like any error body before it goes into a message.
	 */
	private JsonNode requireNoFailures(String description, String accountCode, JsonNode envelope) {
		JsonNode fail = envelope.path("fail");
		if (!fail.isArray() || fail.isEmpty()) {
			return envelope;
		}
		List<String> errors = new ArrayList<>();
		boolean allRetryable = true;
		for (JsonNode failure : fail) {
			for (JsonNode error : failure.path("errors")) {
				errors.add(error.path("code").asString("?") + ": " + error.path("message").asString(""));
				allRetryable &= error.path("retryable").asBoolean(false);
			}
		}
		if (errors.isEmpty()) {
			allRetryable = false;
			errors.add(fail.toString());
		}
		String message = "Mimecast " + description + " reported a failure: "
				+ redactor.redact(String.join("; ", errors));
		if (allRetryable) {
			throw new RetryableApiException(message + " (marked retryable)", 200, null, null);
		}
		throw new ApiException(message + (accountCode == null ? ""
				: " (check that account code " + accountCode + " is right and is managed by this partner; "
						+ "remove it from recon.mimecast.account-codes otherwise)"),
				200);
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
