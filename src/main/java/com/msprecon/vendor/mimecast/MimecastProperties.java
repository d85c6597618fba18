package com.msprecon.vendor.mimecast;

import com.msprecon.http.HttpSettings;
import com.msprecon.http.SecretRedactor;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Mimecast API 2.0 source ({@code recon.mimecast.*}, e.g. {@code RECON_MIMECAST_CLIENT_ID}). The client
 * secret comes from the environment or a mounted file ({@code configtree:}), never from a committed file.
 *
 * @param baseUrl API 2.0 host; {@code https://us-api.services.mimecast.com} or {@code uk-api…} for data residency
 * @param clientId client id of the Tenant API Gateway credential
 * @param clientSecret its client secret
 * @param accountCodes the customer accounts to read; when empty they are discovered with
 * {@code get-delegated-access}
 * @param pageSize page size for paged calls (the maximum is unconfirmed; 100 is known to work)
 * @param tokenRefreshMargin fetch a new access token this long before the current one expires
 * @param http timeouts, retries, pace and paging limits
 */
@ConfigurationProperties(MimecastProperties.PREFIX)
public record MimecastProperties(@DefaultValue("https://api.services.mimecast.com") String baseUrl, String clientId,
		String clientSecret, @DefaultValue List<String> accountCodes, @DefaultValue("100") int pageSize,
		@DefaultValue("2m") Duration tokenRefreshMargin, @DefaultValue HttpSettings http) {

	/** Where its settings are; an MSP's own values (docs/rules.md §4.4) are under the same names. */
	public static final String PREFIX = "recon.mimecast";

	public MimecastProperties {
		accountCodes = accountCodes == null ? List.of()
				: accountCodes.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
		http = http == null ? HttpSettings.defaults() : http;
	}

	/** Fails at start-up, naming the missing settings, when the source is chosen but not configured. */
	void requireCredentials() {
		if (isBlank(clientId) || isBlank(clientSecret)) {
			throw new IllegalStateException("recon.vendor.source=mimecast-api needs recon.mimecast.client-id and "
					+ "recon.mimecast.client-secret (environment RECON_MIMECAST_CLIENT_ID and "
					+ "RECON_MIMECAST_CLIENT_SECRET, or files under a configtree: import); "
					+ (isBlank(clientId) ? "client-id" : "client-secret") + " is not set");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "MimecastProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
				+ SecretRedactor.mask(clientSecret) + ", accountCodes=" + accountCodes + ", pageSize=" + pageSize
				+ ", tokenRefreshMargin=" + tokenRefreshMargin + ", http=" + http + "]";
	}

}
