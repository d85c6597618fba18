package com.msprecon.psa.autotask;

import com.msprecon.http.HttpSettings;
import com.msprecon.http.SecretRedactor;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Autotask source ({@code recon.autotask.*}, e.g. {@code RECON_AUTOTASK_SECRET}). The secret comes from the
 * environment or a mounted file ({@code configtree:}), never from a committed file. Autotask's picklist values
 * (company types, contract types and statuses) are settings: the REST API reports them per database
 * ({@code entityInformation/fields}) and only the recurring-service contract type is documented.
 *
 * @param zoneUrl where the zone of the API user is looked up ({@code zoneInformation?user=})
 * @param baseUrl the zone's API base, e.g. {@code https://webservices5.autotask.net/ATServicesRest/}; empty: looked
 * up at the zone URL
 * @param username the API-only user's name (also the key of the zone lookup)
 * @param secret the API user's secret
 * @param integrationCode the API tracking identifier ({@code ApiIntegrationCode})
 * @param impersonationResourceId optional {@code ImpersonationResourceId}
 * @param pageSize records per query page ({@code MaxRecords}, Autotask's maximum is 500)
 * @param companyTypes the {@code companyType} values read as companies (1 = Customer); empty: all
 * @param contractTypes the {@code contractType} values read as agreements (7 = Recurring Service, the only type
 * that has services)
 * @param activeContractStatuses the contract {@code status} values that are {@code Active} (R1); every other value
 * is {@code Inactive}
 * @param productIdentifier what the product identifier of an addition is: {@code name} (the Service's name) or
 * {@code id} (its serviceID)
 * @param contractsPerUnitsQuery how many contracts one ContractServiceUnits query asks for (each is one OR
 * condition; Autotask allows 500 per query)
 * @param thresholdReserve requests per hour to leave to the MSP's other integrations: a run that would leave fewer
 * does not start
 * @param busyAtPercent from this share of the hourly threshold on, Autotask adds latency to every call and the
 * readers slow down to {@code busyRequestsPerSecond}
 * @param busyRequestsPerSecond the pace while the database is busy
 * @param thresholdRecheckRequests after this many requests the threshold is read again during a long read
 * @param http timeouts, retries, pace and paging limits
 */
@ConfigurationProperties(AutotaskProperties.PREFIX)
public record AutotaskProperties(
		@DefaultValue("https://webservices2.autotask.net/atservicesrest/v1.0/") String zoneUrl,
		@DefaultValue("") String baseUrl, String username, String secret, String integrationCode,
		@DefaultValue("") String impersonationResourceId, @DefaultValue("500") int pageSize,
		@DefaultValue("1") List<Long> companyTypes, @DefaultValue("7") List<Long> contractTypes,
		@DefaultValue("1") List<Long> activeContractStatuses, @DefaultValue("name") ProductIdentifier productIdentifier,
		@DefaultValue("100") int contractsPerUnitsQuery, @DefaultValue("500") int thresholdReserve,
		@DefaultValue("50") int busyAtPercent, @DefaultValue("1") double busyRequestsPerSecond,
		@DefaultValue("200") int thresholdRecheckRequests, @DefaultValue HttpSettings http) {

	/** Where its settings are; an MSP's own values (docs/rules.md §4.4) are under the same names. */
	public static final String PREFIX = "recon.autotask";

	/** What names a product in the service map: the Service's name, or its id. */
	public enum ProductIdentifier {

		NAME, ID

	}

	public AutotaskProperties {
		baseUrl = baseUrl == null ? "" : baseUrl.trim();
		impersonationResourceId = impersonationResourceId == null ? "" : impersonationResourceId.trim();
		companyTypes = companyTypes == null ? List.of() : List.copyOf(companyTypes);
		contractTypes = contractTypes == null ? List.of() : List.copyOf(contractTypes);
		activeContractStatuses = activeContractStatuses == null ? List.of() : List.copyOf(activeContractStatuses);
		productIdentifier = productIdentifier == null ? ProductIdentifier.NAME : productIdentifier;
		http = http == null ? HttpSettings.defaults() : http;
		if (pageSize < 1 || pageSize > 500) {
			throw new IllegalArgumentException("recon.autotask.page-size must be 1..500 (Autotask's maximum), was "
					+ pageSize);
		}
		if (contractsPerUnitsQuery < 1 || contractsPerUnitsQuery > 500) {
			throw new IllegalArgumentException("recon.autotask.contracts-per-units-query must be 1..500 (Autotask "
					+ "allows 500 OR conditions per query), was " + contractsPerUnitsQuery);
		}
		if (busyAtPercent < 1 || busyAtPercent > 100) {
			throw new IllegalArgumentException("recon.autotask.busy-at-percent must be 1..100, was " + busyAtPercent);
		}
	}

	/** Fails at start-up, naming the missing settings, when the source is chosen but not configured. */
	void requireSettings() {
		StringBuilder missing = new StringBuilder();
		appendIfBlank(missing, "username", username);
		appendIfBlank(missing, "secret", secret);
		appendIfBlank(missing, "integration-code", integrationCode);
		if (baseUrl.isEmpty()) {
			appendIfBlank(missing, "zone-url", zoneUrl);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("recon.psa.source=autotask-api needs recon.autotask." + missing
					+ " (environment RECON_AUTOTASK_USERNAME, _SECRET, _INTEGRATION_CODE, or files under a "
					+ "configtree: import)");
		}
	}

	private static void appendIfBlank(StringBuilder missing, String name, String value) {
		if (value == null || value.isBlank()) {
			missing.append(missing.isEmpty() ? "" : ", recon.autotask.").append(name);
		}
	}

	@Override
	public String toString() {
		return "AutotaskProperties[zoneUrl=" + zoneUrl + ", baseUrl=" + baseUrl + ", username=" + username
				+ ", secret=" + SecretRedactor.mask(secret) + ", integrationCode="
				+ SecretRedactor.mask(integrationCode) + ", impersonationResourceId=" + impersonationResourceId
				+ ", pageSize=" + pageSize + ", companyTypes=" + companyTypes + ", contractTypes=" + contractTypes
				+ ", activeContractStatuses=" + activeContractStatuses + ", productIdentifier=" + productIdentifier
				+ ", contractsPerUnitsQuery=" + contractsPerUnitsQuery + ", thresholdReserve=" + thresholdReserve
				+ ", busyAtPercent=" + busyAtPercent + ", busyRequestsPerSecond=" + busyRequestsPerSecond
				+ ", thresholdRecheckRequests=" + thresholdRecheckRequests + ", http=" + http + "]";
	}

}
