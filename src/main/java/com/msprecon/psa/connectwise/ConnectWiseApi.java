package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiName;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.ReplyClassifier;
import com.msprecon.http.RestClients;
import com.msprecon.http.RetryingSender;
import com.msprecon.http.SecretRedactor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * ConnectWise Manage REST (v3.0) list calls: Basic auth {@code companyId+publicKey:privateKey} and the
 * {@code clientId} header, pages of up to 1000 records followed through the {@code Link} header.
 */
public class ConnectWiseApi {

	private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

	static final ApiName API = new ApiName("ConnectWise", "recon.connectwise");

	private final ConnectWiseProperties properties;

	private final RetryingSender http;

	private final URI base;

	public ConnectWiseApi(ConnectWiseProperties properties, HttpTime time) {
		properties.requireSettings();
		this.properties = properties;
		String basicCredential = Base64.getEncoder()
			.encodeToString((properties.companyId() + "+" + properties.publicKey() + ":" + properties.privateKey())
				.getBytes(StandardCharsets.UTF_8));
		SecretRedactor redactor = new SecretRedactor(List.of(properties::privateKey, () -> basicCredential));
		// the credential goes with every request; page() makes sure that every request goes to the base URL's host
		this.http = new RetryingSender(API, RestClients.create(properties.baseUrl(), properties.http(), headers -> {
			headers.set(HttpHeaders.AUTHORIZATION, "Basic " + basicCredential);
			headers.set("clientId", properties.clientId());
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			if (properties.forwardOnly()) {
				headers.set("pagination-type", "forward-only");
			}
		}), properties.http(), time,
				new ReplyClassifier(API, properties.http(), new ConnectWiseErrorReader(), ConnectWiseApi::advice,
						redactor));
		this.base = URI.create(properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/");
	}

	ConnectWiseProperties properties() {
		return properties;
	}

	/** The URL of one record, e.g. {@code /finance/agreements/1578/additions/5521}. */
	URI url(String path) {
		return UriComponentsBuilder.fromUri(base).path(path.startsWith("/") ? path.substring(1) : path).build().toUri();
	}

	/** Sends one request that is not a listing and returns its JSON body (retried as its idempotency allows). */
	JsonNode send(ApiRequest request) {
		return http.sendForJson(request);
	}

	/** The URL of the first page of a listing, ordered by id so that a restart can resume after the last id. */
	URI firstPage(String path, String conditions, String fields) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base)
			.path(path.startsWith("/") ? path.substring(1) : path)
			.queryParam("pageSize", properties.pageSize())
			.queryParam("orderBy", "{orderBy}")
			.queryParam("fields", fields);
		if (!properties.forwardOnly()) {
			builder.queryParam("page", 1);
		}
		if (!conditions.isEmpty()) {
			builder.queryParam("conditions", "{conditions}");
			return builder.build("id asc", conditions);
		}
		return builder.build("id asc");
	}

	/** One page; {@code description} names it in messages, e.g. {@code GET /company/companies page 2}. */
	Page page(String description, URI url) {
		if (!sameOrigin(url)) {
			// the Basic credential goes with every request: never to a host the base URL does not name
			throw new ApiException("ConnectWise " + description + ": the next-page link points to another host ("
					+ url.getHost() + "); refusing to send the credential there", 0);
		}
		return http.sendForJson(ApiRequest.get(description, request -> request.uri(url)), (headers, json) -> {
			if (!json.isArray()) {
				throw new ApiException("ConnectWise " + description + " did not answer with a list but with a JSON "
						+ json.getNodeType() + ": check recon.connectwise.base-url (…/apis/3.0)", 200);
			}
			List<JsonNode> items = new ArrayList<>();
			json.forEach(items::add);
			return new Page(items, nextLink(headers), headers.containsHeader(HttpHeaders.LINK));
		});
	}

	private boolean sameOrigin(URI url) {
		return base.getHost().equalsIgnoreCase(url.getHost()) && base.getPort() == url.getPort()
				&& base.getScheme().equalsIgnoreCase(url.getScheme());
	}

	private URI nextLink(HttpHeaders headers) {
		for (String link : headers.getOrEmpty(HttpHeaders.LINK)) {
			Matcher matcher = NEXT_LINK.matcher(link);
			if (matcher.find()) {
				return base.resolve(matcher.group(1));
			}
		}
		return null;
	}

	private static String advice(int status) {
		return switch (status) {
			case 401 -> "the API member's keys were refused: check recon.connectwise.company-id, "
					+ "recon.connectwise.public-key and recon.connectwise.private-key (RECON_CONNECTWISE_COMPANY_ID, "
					+ "_PUBLIC_KEY, _PRIVATE_KEY); the keys may have been revoked";
			case 403 -> "the API member's security role lacks a permission: it needs Inquire on Companies > Company "
					+ "Maintenance and Finance > Agreements (see docs/sources.md), and a valid recon.connectwise.client-id";
			case 404 -> "the endpoint is not there: check recon.connectwise.base-url (https://{site}/{codebase}/apis/3.0)";
			case 400 -> "the request was refused as invalid: check the syntax of recon.connectwise.company-conditions, "
					+ "agreement-conditions and addition-conditions";
			default -> null;
		};
	}

	/**
	 * One page of a listing.
	 *
	 * @param next the next page from the {@code Link} header, or {@code null}
	 * @param linked whether the response had a {@code Link} header at all
	 */
	record Page(List<JsonNode> items, URI next, boolean linked) {

	}

}
