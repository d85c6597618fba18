package com.msprecon.vendor.mimecast;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.vendor.VendorAccount;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads one vendor account per tenant: the tenants are discovered on open and read in account-code order, one
 * {@code get-account} call each. Restart: the last account code returned is saved with every chunk, and a
 * reader opened with that context carries on with the next code, so nothing committed is fetched again.
 */
public class MimecastAccountReader extends ApiRecordReader<VendorAccount> {

	private static final Log log = LogFactory.getLog(MimecastAccountReader.class);

	static final String SOURCE = "mimecast-api";

	private final TenantDiscovery discovery;

	private final MimecastApi api;

	private Iterator<String> remaining;

	private String lastCode;

	MimecastAccountReader(TenantDiscovery discovery, MimecastApi api) {
		super("mimecastAccountReader", SOURCE);
		this.discovery = discovery;
		this.api = api;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		lastCode = context.containsKey(key("last.account-code")) ? context.getString(key("last.account-code")) : null;
		NavigableSet<String> codes = new TreeSet<>(discovery.accountCodes());
		log.info("Mimecast: " + codes.size() + " " + discovery.describe()
				+ (lastCode == null ? "" : "; resuming after account " + lastCode));
		remaining = (lastCode == null ? codes : codes.tailSet(lastCode, false)).iterator();
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		if (lastCode != null) {
			context.putString(key("last.account-code"), lastCode);
		}
	}

	@Override
	protected InputRow<VendorAccount> readNext() {
		if (remaining == null || !remaining.hasNext()) {
			return null;
		}
		String code = remaining.next();
		JsonNode envelope = api.getAccount(code);
		lastCode = code;
		JsonNode account = envelope.path("data").path(0);
		if (!account.isObject()) {
			return rejectRecord("accountCode", "Mimecast get-account returned no account for " + code, envelope);
		}
		return row(account, record -> MimecastAccounts.map(code, record));
	}

	@Override
	public void close() {
		remaining = null;
	}

}
