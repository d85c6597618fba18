package com.msprecon.psa.autotask;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one Autotask entity (companies or contracts) in id order. Restart: the last id returned is saved with
 * every chunk; a reader opened with that context queries {@code id > last} only (keyset), whatever the page
 * boundaries. Before it reads it checks that the rest of the run fits in the database's hourly threshold.
 */
final class AutotaskListReader<T> extends ApiRecordReader<T> {

	private final AutotaskQueries queries;

	private final AutotaskQueries.Entity entity;

	private final RecordMapper<T> mapper;

	private AutotaskListing listing;

	private long lastId;

	AutotaskListReader(String name, String source, AutotaskQueries queries, AutotaskQueries.Entity entity,
			RecordMapper<T> mapper) {
		super(name, source);
		this.queries = queries;
		this.entity = entity;
		this.mapper = mapper;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		lastId = context.getLong(key("last.id"), 0L);
		queries.checkBudget(entity);
		List<ObjectNode> conditions = new ArrayList<>(queries.conditions(entity));
		if (lastId > 0) {
			conditions.add(AutotaskApi.condition("gt", "id", lastId));
		}
		listing = new AutotaskListing(queries.api(), entity.path(), conditions, entity.fields());
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
			id = AutotaskRecords.id(json, "id");
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
