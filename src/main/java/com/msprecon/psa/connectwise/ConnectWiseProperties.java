package com.msprecon.psa.connectwise;

import com.msprecon.http.HttpSettings;
import com.msprecon.http.SecretRedactor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ConnectWise Manage source ({@code recon.connectwise.*}, e.g. {@code RECON_CONNECTWISE_PRIVATE_KEY}). The
 * private key comes from the environment or a mounted file ({@code configtree:}), never from a committed file.
 *
 * @param baseUrl {@code https://{site}/{codebase}/apis/3.0}, e.g. {@code https://api-na.myconnectwise.net/v4_6_release/apis/3.0}
 * @param companyId the company id used at login
 * @param publicKey public key of the API member
 * @param privateKey private key of the API member
 * @param clientId the integration's client id from developer.connectwise.com (mandatory header)
 * @param pageSize records per page (ConnectWise's maximum is 1000)
 * @param forwardOnly send {@code pagination-type: forward-only} and follow the {@code Link} header
 * @param companyConditions {@code conditions} for companies (empty: all)
 * @param agreementConditions {@code conditions} for agreements, also limiting whose additions are read; only
 * {@code Active} agreements bill anything (R1), so the others are not fetched by default
 * @param additionConditions {@code conditions} for the additions of an agreement (empty: all; an addition
 * cancelled in the future still counts, so {@code cancelledDate=null} would be wrong)
 * @param http timeouts, retries, pace and paging limits
 */
@ConfigurationProperties(ConnectWiseProperties.PREFIX)
public record ConnectWiseProperties(String baseUrl, String companyId, String publicKey, String privateKey,
		String clientId, @DefaultValue("1000") int pageSize, @DefaultValue("false") boolean forwardOnly,
		@DefaultValue("") String companyConditions,
		@DefaultValue("agreementStatus=\"Active\"") String agreementConditions,
		@DefaultValue("") String additionConditions, @DefaultValue HttpSettings http) {

	/** Where its settings are; an MSP's own values (docs/rules.md §4.4) are under the same names. */
	public static final String PREFIX = "recon.connectwise";

	public ConnectWiseProperties {
		companyConditions = companyConditions == null ? "" : companyConditions.trim();
		agreementConditions = agreementConditions == null ? "" : agreementConditions.trim();
		additionConditions = additionConditions == null ? "" : additionConditions.trim();
		http = http == null ? HttpSettings.defaults() : http;
	}

	/** Fails at start-up, naming the missing settings, when the source is chosen but not configured. */
	void requireSettings() {
		StringBuilder missing = new StringBuilder();
		appendIfBlank(missing, "base-url", baseUrl);
		appendIfBlank(missing, "company-id", companyId);
		appendIfBlank(missing, "public-key", publicKey);
		appendIfBlank(missing, "private-key", privateKey);
		appendIfBlank(missing, "client-id", clientId);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("recon.psa.source=connectwise-api needs recon.connectwise." + missing
					+ " (environment RECON_CONNECTWISE_BASE_URL, _COMPANY_ID, _PUBLIC_KEY, _PRIVATE_KEY, _CLIENT_ID, "
					+ "or files under a configtree: import)");
		}
	}

	private static void appendIfBlank(StringBuilder missing, String name, String value) {
		if (value == null || value.isBlank()) {
			missing.append(missing.isEmpty() ? "" : ", recon.connectwise.").append(name);
		}
	}

	@Override
	public String toString() {
		return "ConnectWiseProperties[baseUrl=" + baseUrl + ", companyId=" + companyId + ", publicKey=" + publicKey
				+ ", privateKey=" + SecretRedactor.mask(privateKey) + ", clientId=" + clientId + ", pageSize="
				+ pageSize + ", forwardOnly=" + forwardOnly + ", companyConditions=" + companyConditions
				+ ", agreementConditions=" + agreementConditions + ", additionConditions=" + additionConditions
				+ ", http=" + http + "]";
	}

}
