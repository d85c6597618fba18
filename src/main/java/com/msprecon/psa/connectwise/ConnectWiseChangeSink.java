package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
import com.msprecon.http.ApiRequest;
import com.msprecon.http.HttpTime;
import com.msprecon.http.JsonFields;
import com.msprecon.http.OutcomeUnknownException;
import com.msprecon.input.MspInputs;
import com.msprecon.psa.PsaChangeSink;
import com.msprecon.psa.PsaOutcomeUnknownException;
import com.msprecon.psa.PsaRefusedException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The apply job's writes to ConnectWise Manage (external-apis.md §2.4): {@code GET} and {@code PATCH} (JSON Patch
 * {@code replace} of {@code quantity}, an absolute value, so it may be sent again) of one addition, and
 * {@code POST} of a new addition tagged with its order key, after resolving the product in the catalog. Created
 * only when the apply job runs, so that the other jobs need no ConnectWise settings.
 */
@Component
@Lazy
public class ConnectWiseChangeSink implements PsaChangeSink {

	private static final String FIELDS = "id,agreementId,product,quantity,serialNumber,description";

	private final ConnectWiseApi api;

	private final ConnectWiseWriteProperties write;

	private final HttpTime time;

	@Autowired
	public ConnectWiseChangeSink(ConnectWiseProperties properties, ConnectWiseWriteProperties write,
			ObjectProvider<HttpTime> time) {
		this(new ConnectWiseApi(properties, time.getIfAvailable(HttpTime::system)), write,
				time.getIfAvailable(HttpTime::system));
	}

	ConnectWiseChangeSink(ConnectWiseApi api, ConnectWiseWriteProperties write) {
		this(api, write, HttpTime.system());
	}

	private ConnectWiseChangeSink(ConnectWiseApi api, ConnectWiseWriteProperties write, HttpTime time) {
		this.api = api;
		this.write = write;
		this.time = time;
	}

	/** Writes with the MSP's own API member where it has its own settings: the account its runs read. */
	@Override
	public PsaChangeSink forMsp(MspInputs msp) {
		return msp.own(ConnectWiseProperties.PREFIX, ConnectWiseProperties.class)
			.<PsaChangeSink>map(own -> new ConnectWiseChangeSink(new ConnectWiseApi(own, time), write, time))
			.orElse(this);
	}

	@Override
	public Optional<LiveAddition> readAddition(String agreementId, String additionId) {
		try {
			return Optional.of(live(api.send(ApiRequest.get("GET addition " + additionId,
					request -> request.uri(additionUrl(agreementId, additionId))))));
		}
		catch (ApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public void setQuantity(String agreementId, String additionId, BigDecimal quantity) {
		ArrayNode patch = ApiJson.mapper().createArrayNode();
		patch.addObject().put("op", "replace").put("path", "quantity").put("value", quantity);
		try {
			api.send(ApiRequest.patch("PATCH addition " + additionId + " quantity=" + quantity.toPlainString(),
					request -> request.uri(additionUrl(agreementId, additionId))
						.contentType(MediaType.APPLICATION_JSON)
						.body(patch.toString()))
				.idempotent()
				.advisedBy(ConnectWiseChangeSink::writeAdvice));
		}
		catch (ApiException ex) {
			throw refusedOr(ex);
		}
	}

	@Override
	public Optional<LiveAddition> findLineTagged(String agreementId, String productIdentifier, String tag) {
		String value = tagValue(tag);
		URI page = api.firstPage("/finance/agreements/" + agreementId + "/additions", "", FIELDS);
		int pages = 0;
		while (page != null && pages++ < api.properties().http().maxPages()) {
			ConnectWiseApi.Page listed = api.page("GET /finance/agreements/" + agreementId + "/additions page "
					+ pages, page);
			for (JsonNode addition : listed.items()) {
				// compared here, not in conditions: whether ConnectWise filters on the tag field is unconfirmed
				if (value.equals(JsonFields.optionalText(addition, write.tagField()))) {
					return Optional.of(live(addition));
				}
			}
			page = listed.next();
		}
		return Optional.empty();
	}

	@Override
	public String createLine(NewLine line) {
		long productId = catalogId(line.productIdentifier());
		ObjectNode body = ApiJson.mapper().createObjectNode();
		body.putObject("product").put("id", productId);
		body.put("quantity", line.quantity());
		if (line.unitPrice() != null) {
			body.put("unitPrice", line.unitPrice());
		}
		body.put("billCustomer", write.billCustomer());
		body.put("effectiveDate", line.effectiveDate() + "T00:00:00Z");
		body.put(write.tagField(), tagValue(line.tag()));
		try {
			JsonNode created = api.send(ApiRequest.post("POST addition " + line.productIdentifier() + " to agreement "
					+ line.agreementId(), request -> request.uri(api.url("/finance/agreements/" + line.agreementId()
							+ "/additions"))
						.contentType(MediaType.APPLICATION_JSON)
						.body(body.toString()))
				.advisedBy(ConnectWiseChangeSink::writeAdvice));
			return JsonFields.requiredText(created, "id");
		}
		catch (OutcomeUnknownException ex) {
			throw new PsaOutcomeUnknownException(ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			throw refusedOr(ex);
		}
	}

	/** The catalog id of a product identifier ({@code GET /procurement/catalog?conditions=identifier="X"}). */
	private long catalogId(String identifier) {
		URI url = UriComponentsBuilder.fromUri(api.url("/procurement/catalog"))
			.queryParam("conditions", "{conditions}")
			.queryParam("fields", "id,identifier,inactiveFlag")
			.build("identifier=\"" + identifier.replace("\"", "\\\"") + "\"");
		JsonNode items = api.send(ApiRequest.get("GET /procurement/catalog identifier=" + identifier,
				request -> request.uri(url)));
		for (JsonNode item : items) {
			if (identifier.equalsIgnoreCase(JsonFields.optionalText(item, "identifier"))) {
				return item.path("id").asLong();
			}
		}
		throw new PsaRefusedException("the product " + identifier + " is not in the ConnectWise catalog "
				+ "(/procurement/catalog); add it there or correct the service map", null);
	}

	/** The tag as stored: the order key, or when it is too long for the field, its start and a digest. */
	String tagValue(String tag) {
		if (tag.length() <= write.tagMaxLength()) {
			return tag;
		}
		try {
			String digest = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(tag.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 12);
			return tag.substring(0, write.tagMaxLength() - 13) + "~" + digest;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI additionUrl(String agreementId, String additionId) {
		return api.url("/finance/agreements/" + agreementId + "/additions/" + additionId);
	}

	private static LiveAddition live(JsonNode json) {
		return new LiveAddition(JsonFields.requiredText(json, "id"), JsonFields.optionalText(json, "agreementId"),
				JsonFields.optionalText(json, "product/identifier"), json.path("quantity").decimalValue());
	}

	/** A 4xx refuses this change (it would be refused again); anything else means the PSA could not be reached. */
	private static RuntimeException refusedOr(ApiException ex) {
		return ex.refusesThisRequest() ? new PsaRefusedException(ex.getMessage(), ex) : ex;
	}

	private static String writeAdvice(int status) {
		return switch (status) {
			case 400 -> "ConnectWise refused the change as invalid (see its message: a product, price or date it "
					+ "does not take); correct it in ConnectWise or in the service map";
			case 403 -> "the API member's security role lacks Edit on Finance > Agreements (see docs/sources.md)";
			case 404 -> "the agreement or addition is not there any more";
			default -> null;
		};
	}

}
