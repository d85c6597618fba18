package com.msprecon.usage.graph;

import com.msprecon.ReconProperties;
import com.msprecon.http.HttpTime;
import com.msprecon.http.PageGuard;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.usage.TenantMap;
import com.msprecon.usage.UsageCount;
import com.msprecon.usage.UsageOrigin;
import com.msprecon.usage.UsageProperties;
import com.msprecon.usage.UsageSource;
import com.msprecon.usage.UsageSourceChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Actual users from Microsoft 365 through Microsoft Graph ({@code recon.usage.source=microsoft-graph}), per
 * customer tenant. The tenants are those of the tenant map, plus, when {@code recon.usage.graph.partner-tenant-id}
 * is set, the partner tenant's GDAP customers ({@code /tenantRelationships/delegatedAdminCustomers}).
 */
@Component
@Conditional(UsageSourceChoice.MicrosoftGraph.class)
public class GraphUsageSource implements UsageSource {

	private final GraphProperties properties;

	private final Path tenantMapFile;

	private final GraphApi api;

	private final HttpTime time;

	/** Whether {@code recon.usage.tenant-map} names the tenant map, for every MSP; else it is in the input directory. */
	private final boolean tenantMapGiven;

	@Autowired
	public GraphUsageSource(GraphProperties properties, UsageProperties usage, ReconProperties recon,
			ObjectProvider<HttpTime> time) {
		this(properties, usage.tenantMap() != null ? usage.tenantMap() : recon.inputDir().resolve(TenantMap.FILE),
				usage.tenantMap() != null, time.getIfAvailable(HttpTime::system));
	}

	GraphUsageSource(GraphProperties properties, Path tenantMapFile, HttpTime time) {
		this(properties, tenantMapFile, true, time);
	}

	private GraphUsageSource(GraphProperties properties, Path tenantMapFile, boolean tenantMapGiven, HttpTime time) {
		this(properties, tenantMapFile, tenantMapGiven, time, new GraphApi(properties, time));
	}

	private GraphUsageSource(GraphProperties properties, Path tenantMapFile, boolean tenantMapGiven, HttpTime time,
			GraphApi api) {
		this.properties = properties;
		this.tenantMapFile = tenantMapFile;
		this.tenantMapGiven = tenantMapGiven;
		this.time = time;
		this.api = api;
	}

	/**
	 * The MSP's own Graph application where it has credentials of its own, else the same application (and its
	 * token); the MSP's tenant map, unless one map is named for all.
	 */
	@Override
	public UsageSource forMsp(MspInputs msp) {
		Path tenantMap = tenantMapGiven ? tenantMapFile : msp.inputDir().resolve(TenantMap.FILE);
		return msp.own(GraphProperties.PREFIX, GraphProperties.class)
			.map(own -> (UsageSource) new GraphUsageSource(own, tenantMap, tenantMapGiven, time))
			.orElseGet(() -> tenantMapGiven ? this : new GraphUsageSource(properties, tenantMap, false, time, api));
	}

	@Override
	public ItemStreamReader<InputRow<UsageCount>> reader() {
		return new GraphUsageReader(this::tenants,
				new TenantUsageCounter(api, properties.skus(), properties.pageSize()));
	}

	/** Tenant id (lower case) to display name, when known. */
	private Map<String, String> tenants() {
		Map<String, String> tenants = new LinkedHashMap<>();
		if (properties.partnerTenantId() != null) {
			tenants.putAll(gdapCustomers());
		}
		for (String tenant : tenantMap().tenantIds()) {
			tenants.putIfAbsent(tenant, null);
		}
		if (tenants.isEmpty()) {
			throw new IllegalStateException("Microsoft Graph: no tenant to read: list the customer tenants in the "
					+ "tenant map " + tenantMapFile + " (vendor_account_code,tenant_id) or set "
					+ "recon.usage.graph.partner-tenant-id to discover the partner tenant's GDAP customers");
		}
		return tenants;
	}

	private Map<String, String> gdapCustomers() {
		Map<String, String> customers = new LinkedHashMap<>();
		List<JsonNode> items = new ArrayList<>();
		api.list(properties.partnerTenantId(), "GET /v1.0/tenantRelationships/delegatedAdminCustomers",
				uri -> uri.path("/v1.0/tenantRelationships/delegatedAdminCustomers").build(), false, items::add);
		for (JsonNode customer : items) {
			JsonNode id = customer.path("tenantId").isString() ? customer.path("tenantId") : customer.path("id");
			if (id.isString() && !id.asString().isBlank()) {
				customers.put(id.asString().trim().toLowerCase(Locale.ROOT),
						customer.path("displayName").isString() ? customer.path("displayName").asString() : null);
			}
		}
		return customers;
	}

	@Override
	public List<SourceInput> inputs() {
		List<SourceInput> inputs = new ArrayList<>();
		inputs.add(SourceInput.remote(GraphUsageReader.SOURCE, "Microsoft Graph " + properties.baseUrl() + ", SKUs "
				+ String.join(";", properties.skus())));
		if (Files.exists(tenantMapFile)) {
			inputs.add(SourceInput.ofFile(tenantMapFile));
		}
		return inputs;
	}

	@Override
	public UsageOrigin origin() {
		return UsageOrigin.MICROSOFT_GRAPH;
	}

	@Override
	public TenantMap tenantMap() {
		return TenantMap.readIfPresent(tenantMapFile);
	}

}
