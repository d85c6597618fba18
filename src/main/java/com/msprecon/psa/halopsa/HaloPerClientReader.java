package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads what HaloPSA lists per client (its contracts, or its recurring invoice lines): clients in id order, and
 * for each one its records in id order. Restart: the current client's id and the last record id returned are
 * saved with every chunk; a reader opened with them skips the clients before that one and that client's
 * records up to the saved id.
 */
final class HaloPerClientReader<T> extends ApiRecordReader<T> {

	private final HaloPsaApi api;

	private final LongFunction<List<JsonNode>> recordsOfClient;

	private final BiFunction<JsonNode, String, T> mapper;

	private final Deque<JsonNode> records = new ArrayDeque<>();

	private HaloClientListing clients;

	private long clientId;

	private long lastId;

	/**
	 * @param recordsOfClient the records of one client, each with a numeric {@code id}
	 * @param mapper maps a record of the client whose id is given
	 */
	HaloPerClientReader(String name, String source, HaloPsaApi api, LongFunction<List<JsonNode>> recordsOfClient,
			BiFunction<JsonNode, String, T> mapper) {
		super(name, source);
		this.api = api;
		this.recordsOfClient = recordsOfClient;
		this.mapper = mapper;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		clientId = context.getLong(key("client.id"), 0L);
		lastId = context.getLong(key("last.id"), 0L);
		clients = new HaloClientListing(api);
		records.clear();
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		context.putLong(key("client.id"), clientId);
		context.putLong(key("last.id"), lastId);
	}

	@Override
	protected InputRow<T> readNext() {
		while (records.isEmpty()) {
			if (!nextClient()) {
				return null;
			}
		}
		JsonNode record = records.poll();
		long id = HaloRecords.id(record, "id");
		if (id < 0) {
			return rejectRecord("id", "the record of client " + clientId + " has no numeric id", record);
		}
		lastId = id;
		String client = Long.toString(clientId);
		return row(record, json -> mapper.apply(json, client));
	}

	private boolean nextClient() {
		long id;
		do {
			JsonNode client = clients.next();
			if (client == null) {
				return false;
			}
			id = HaloRecords.id(client, "id");
		}
		while (id <= 0 || id < clientId);
		if (id != clientId) {
			// a new client: all its records
			clientId = id;
			lastId = 0;
		}
		recordsOfClient.apply(id)
			.stream()
			.filter(record -> HaloRecords.id(record, "id") < 0 || HaloRecords.id(record, "id") > lastId)
			.sorted(Comparator.comparingLong(record -> HaloRecords.id(record, "id")))
			.forEach(records::add);
		return true;
	}

	@Override
	public void close() {
		clients = null;
		records.clear();
	}

}
