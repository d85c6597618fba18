package com.msprecon.psa.halopsa;

import com.msprecon.http.HttpSettings;
import com.msprecon.http.SecretRedactor;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HaloPSA source ({@code recon.halopsa.*}, e.g. {@code RECON_HALOPSA_CLIENT_SECRET}). The client secret comes
 * from the environment or a mounted file ({@code configtree:}), never from a committed file. Several of Halo's
 * field names are unconfirmed and therefore settings (see docs/sources.md).
 *
 * @param baseUrl the instance, e.g. {@code https://acme.halopsa.com}; the API is under {@code /api}
 * @param authUrl the authorisation server; empty: {@code auth_url} from {@code GET /api/authinfo}, which must then
 * be on the base URL's host (the client secret goes there)
 * @param tenant the {@code tenant} of the token request; empty: {@code tenant_id} from {@code authinfo}, if any
 * @param clientId the API application's client id
 * @param clientSecret its client secret
 * @param scope the token's scope
 * @param pageSize clients per page ({@code page_size})
 * @param tokenRefreshMargin fetch a new token this long before {@code expires_in} runs out
 * @param productIdentifier what the product identifier of an invoice line is: {@code name}
 * ({@code item_shortdescription}) or {@code id} ({@code _itemid})
 * @param lineStartField the line field read as the date the line starts billing (R1); absent: always
 * @param lineEndField the line field read as the date it stops billing (R1: on that date it no longer counts)
 * @param http timeouts, retries, pace and paging limits
 */
@ConfigurationProperties(HaloPsaProperties.PREFIX)
public record HaloPsaProperties(String baseUrl, @DefaultValue("") String authUrl, @DefaultValue("") String tenant,
		String clientId, String clientSecret, @DefaultValue("all") String scope, @DefaultValue("100") int pageSize,
		@DefaultValue("2m") Duration tokenRefreshMargin,
		@DefaultValue("name") ProductIdentifier productIdentifier, @DefaultValue("start_date") String lineStartField,
		@DefaultValue("end_date") String lineEndField, @DefaultValue HttpSettings http) {

	/** Where its settings are; an MSP's own values (docs/rules.md §4.4) are under the same names. */
	public static final String PREFIX = "recon.halopsa";

	/** What names a product in the service map: the item's short description, or its id. */
	public enum ProductIdentifier {

		NAME, ID

	}

	public HaloPsaProperties {
		authUrl = authUrl == null ? "" : authUrl.trim();
		tenant = tenant == null ? "" : tenant.trim();
		scope = scope == null || scope.isBlank() ? "all" : scope.trim();
		tokenRefreshMargin = tokenRefreshMargin == null ? Duration.ofMinutes(2) : tokenRefreshMargin;
		productIdentifier = productIdentifier == null ? ProductIdentifier.NAME : productIdentifier;
		lineStartField = lineStartField == null ? "" : lineStartField.trim();
		lineEndField = lineEndField == null ? "" : lineEndField.trim();
		http = http == null ? HttpSettings.defaults() : http;
		if (pageSize < 1) {
			throw new IllegalArgumentException("recon.halopsa.page-size must be at least 1, was " + pageSize);
		}
	}

	/** Fails at start-up, naming the missing settings, when the source is chosen but not configured. */
	void requireSettings() {
		StringBuilder missing = new StringBuilder();
		appendIfBlank(missing, "base-url", baseUrl);
		appendIfBlank(missing, "client-id", clientId);
		appendIfBlank(missing, "client-secret", clientSecret);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("recon.psa.source=halopsa-api needs recon.halopsa." + missing
					+ " (environment RECON_HALOPSA_BASE_URL, _CLIENT_ID, _CLIENT_SECRET, or files under a configtree: "
					+ "import)");
		}
	}

	private static void appendIfBlank(StringBuilder missing, String name, String value) {
		if (value == null || value.isBlank()) {
			missing.append(missing.isEmpty() ? "" : ", recon.halopsa.").append(name);
		}
	}

	@Override
	public String toString() {
		return "HaloPsaProperties[baseUrl=" + baseUrl + ", authUrl=" + authUrl + ", tenant=" + tenant
				+ ", clientId=" + clientId + ", clientSecret=" + SecretRedactor.mask(clientSecret) + ", scope="
				+ scope + ", pageSize=" + pageSize + ", tokenRefreshMargin=" + tokenRefreshMargin
				+ ", productIdentifier=" + productIdentifier + ", lineStartField=" + lineStartField
				+ ", lineEndField=" + lineEndField + ", http=" + http + "]";
	}

}
