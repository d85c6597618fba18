package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import java.util.function.LongFunction;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ConnectWise list endpoint (companies or agreements) in id order. Restart: the last id returned is
 * saved with every chunk; a reader opened with that context asks only for {@code id > last} (keyset), so it
 * neither fetches nor returns a committed record again, whatever the page boundaries were.
 */
final class ConnectWiseListReader<T> extends ApiRecordReader<T> {

	private final LongFunction<ConnectWiseListing> listingAfter;

	private final RecordMapper<T> mapper;

	private ConnectWiseListing listing;

	private long lastId;

	/**
	 * @param listingAfter the listing of records with an id above the given one
	 */
	ConnectWiseListReader(String name, String source, LongFunction<ConnectWiseListing> listingAfter,
			RecordMapper<T> mapper) {
		super(name, source);
		this.listingAfter = listingAfter;
		this.mapper = mapper;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		lastId = context.getLong(key("last.id"), 0L);
		listing = listingAfter.apply(lastId);
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		context.putLong(key("last.id"), lastId);
	}

	@Override
	protected InputRow<T> readNext() {
		JsonNode json;
		long id;
		do {
			json = listing.next();
			if (json == null) {
				return null;
			}
			id = ConnectWiseRecords.id(json);
			// a record shifted onto the next page by a concurrent change comes twice: it was returned already
		}
		while (id > 0 && id <= lastId);
		if (id < 0) {
			return rejectRecord("id", "the record has no numeric id", json);
		}
		lastId = id;
		return row(json, mapper);
	}

	@Override
	public void close() {
		listing = null;
	}

}
