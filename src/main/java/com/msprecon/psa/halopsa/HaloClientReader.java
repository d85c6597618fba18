package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.psa.PsaCompany;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads every HaloPSA client in id order. Restart: the last id returned is saved with every chunk; a reader
 * opened with it lists the clients again and returns those after it (Halo has no id filter on the listing).
 */
final class HaloClientReader extends ApiRecordReader<PsaCompany> {

	static final String SOURCE = "halopsa-clients";

	private final HaloPsaApi api;

	private HaloClientListing clients;

	private long lastId;

	HaloClientReader(HaloPsaApi api) {
		super("haloClientReader", SOURCE);
		this.api = api;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		lastId = context.getLong(key("last.id"), 0L);
		clients = new HaloClientListing(api);
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		context.putLong(key("last.id"), lastId);
	}

	@Override
	protected InputRow<PsaCompany> readNext() {
		JsonNode client;
		long id;
		do {
			client = clients.next();
			if (client == null) {
				return null;
			}
			id = HaloRecords.id(client, "id");
		}
		while (id > 0 && id <= lastId);
		if (id < 0) {
			return rejectRecord("id", "the client has no numeric id", client);
		}
		lastId = id;
		return row(client, HaloRecords::client);
	}

	@Override
	public void close() {
		clients = null;
	}

}
