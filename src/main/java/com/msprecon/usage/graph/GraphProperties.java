package com.msprecon.usage.graph;

import com.msprecon.http.HttpSettings;
import com.msprecon.http.SecretRedactor;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Microsoft Graph usage source ({@code recon.usage.graph.*}, e.g. {@code RECON_USAGE_GRAPH_CLIENT_ID}): a
 * multi-tenant application that each customer tenant has consented to. The client secret comes from the
 * environment or a mounted file ({@code configtree:}), never from a committed file.
 *
 * @param loginUrl the Microsoft identity platform host; tokens come from {@code {loginUrl}/{tenant}/oauth2/v2.0/token}
 * @param baseUrl the Graph host
 * @param scope the scope asked for in every token request
 * @param clientId the application (client) id of the multi-tenant app registration
 * @param clientSecret its client secret
 * @param partnerTenantId the MSP's own tenant: when set, the customer tenants are discovered from its GDAP
 * customers, in addition to those of the tenant map
 * @param skus the licences whose holders are counted, by part number ({@code O365_BUSINESS_PREMIUM},
 * {@code SPE_E3}, ...)
 * @param pageSize {@code $top} when paging through users (Graph allows up to 999)
 * @param tokenRefreshMargin fetch a new token this long before the current one expires
 * @param http timeouts, retries, pace and paging limits
 */
@ConfigurationProperties(GraphProperties.PREFIX)
public record GraphProperties(@DefaultValue("https://login.microsoftonline.com") String loginUrl,
		@DefaultValue("https://graph.microsoft.com") String baseUrl,
		@DefaultValue("https://graph.microsoft.com/.default") String scope, String clientId, String clientSecret,
		String partnerTenantId, @DefaultValue List<String> skus, @DefaultValue("999") int pageSize,
		@DefaultValue("2m") Duration tokenRefreshMargin, @DefaultValue HttpSettings http) {

	/** Where its settings are; an MSP's own values (docs/rules.md §4.4) are under the same names. */
	public static final String PREFIX = "recon.usage.graph";

	public GraphProperties {
		skus = skus == null ? List.of() : skus.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		http = http == null ? HttpSettings.defaults() : http;
		partnerTenantId = partnerTenantId == null || partnerTenantId.isBlank() ? null : partnerTenantId.trim();
	}

	/** Fails at start-up, naming the missing settings, when the source is chosen but not configured. */
	void requireSettings() {
		if (isBlank(clientId) || isBlank(clientSecret)) {
			throw new IllegalStateException("recon.usage.source=microsoft-graph needs recon.usage.graph.client-id and "
					+ "recon.usage.graph.client-secret (environment RECON_USAGE_GRAPH_CLIENT_ID and "
					+ "RECON_USAGE_GRAPH_CLIENT_SECRET, or files under a configtree: import); "
					+ (isBlank(clientId) ? "client-id" : "client-secret") + " is not set");
		}
		if (skus.isEmpty()) {
			throw new IllegalStateException("recon.usage.source=microsoft-graph needs recon.usage.graph.skus "
					+ "(RECON_USAGE_GRAPH_SKUS): the licence part numbers whose holders are counted, e.g. "
					+ "O365_BUSINESS_PREMIUM,SPE_E3");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "GraphProperties[loginUrl=" + loginUrl + ", baseUrl=" + baseUrl + ", scope=" + scope + ", clientId="
				+ clientId + ", clientSecret=" + SecretRedactor.mask(clientSecret) + ", partnerTenantId="
				+ partnerTenantId + ", skus=" + skus + ", pageSize=" + pageSize + ", tokenRefreshMargin="
				+ tokenRefreshMargin + ", http=" + http + "]";
	}

}
