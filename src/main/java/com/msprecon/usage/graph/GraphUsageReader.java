package com.msprecon.usage.graph;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.FieldException;
import com.msprecon.input.InputRow;
import com.msprecon.usage.UsageCount;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one usage count per customer tenant, in tenant-id order. Restart: the last tenant returned is saved with
 * every chunk, and a reader opened with that context carries on with the next tenant, so no committed tenant is
 * asked again. A tenant that refuses (no consent, consent revoked: 400 on its token, 401 or 403 from Graph) gives
 * a count with that problem; any other failure (5xx, timeouts after the retries) fails the step, to be resumed.
 */
class GraphUsageReader extends ApiRecordReader<UsageCount> {

	private static final Log log = LogFactory.getLog(GraphUsageReader.class);

	static final String SOURCE = "microsoft-graph";

	private final Supplier<Map<String, String>> tenants;

	private final TenantUsageCounter counter;

	private Iterator<Map.Entry<String, String>> remaining;

	private String lastTenant;

	/** @param tenants the tenants to read (id, lower case, to display name or {@code null}), asked on open */
	GraphUsageReader(Supplier<Map<String, String>> tenants, TenantUsageCounter counter) {
		super("graphUsageReader", SOURCE);
		this.tenants = tenants;
		this.counter = counter;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		lastTenant = context.containsKey(key("last.tenant")) ? context.getString(key("last.tenant")) : null;
		NavigableMap<String, String> all = new TreeMap<>(tenants.get());
		log.info("Microsoft Graph: " + all.size() + " tenants" + (lastTenant == null ? "" : "; resuming after "
				+ "tenant " + lastTenant));
		remaining = (lastTenant == null ? all : all.tailMap(lastTenant, false)).entrySet().iterator();
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		if (lastTenant != null) {
			context.putString(key("last.tenant"), lastTenant);
		}
	}

	@Override
	protected InputRow<UsageCount> readNext() {
		if (remaining == null || !remaining.hasNext()) {
			return null;
		}
		Map.Entry<String, String> tenant = remaining.next();
		ObjectNode record = ApiJson.mapper().createObjectNode().put("tenantId", tenant.getKey());
		UsageCount count;
		try {
			count = counter.count(tenant.getKey(), tenant.getValue());
		}
		catch (FieldException ex) {
			lastTenant = tenant.getKey();
			return rejectRecord(ex.column(), "tenant " + tenant.getKey() + ": " + ex.getMessage(), record);
		}
		catch (ApiException ex) {
			if (!refused(ex)) {
				throw ex;
			}
			log.warn("Microsoft Graph: tenant " + tenant.getKey() + " refused: " + ex.getMessage());
			count = UsageCount.tenantProblem(tenant.getKey(), tenant.getValue(), List.of(),
					"refused: " + ex.getMessage());
		}
		lastTenant = tenant.getKey();
		UsageCount result = count;
		return row(record, r -> result);
	}

	private static boolean refused(ApiException ex) {
		return ex instanceof GraphTokens.TenantRefusedException
				|| !(ex instanceof GraphTokens.TokenRequestFailedException) && (ex.status() == 401 || ex.status() == 403);
	}

	@Override
	public void close() {
		remaining = null;
	}

}
