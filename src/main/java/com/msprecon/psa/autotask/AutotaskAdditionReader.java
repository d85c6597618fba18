package com.msprecon.psa.autotask;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.autotask.AutotaskProperties.ProductIdentifier;
import com.msprecon.psa.autotask.AutotaskQueries.Entity;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the contract services of the contracts the agreements reader reads, each with its ContractServiceUnits
 * row in force on the run's as-of date: contracts in id order, taken {@code contracts-per-units-query} at a
 * time, one units query (paged) per batch, and the rows of a batch in (contract id, contract service id) order.
 * A contract service with two rows on the date (a period boundary) counts once, with the later period's units.
 *
 * <p>
 * Restart: the contract id and contract service id last returned are saved with every chunk; a reader opened with
 * them lists contracts from that contract on and skips what comes before them, whatever the batches.
 */
final class AutotaskAdditionReader extends ApiRecordReader<PsaAddition> {

	static final String SOURCE = "autotask-contract-services";

	private static final Comparator<JsonNode> READ_ORDER = Comparator
		.comparingLong((JsonNode row) -> AutotaskRecords.id(row, "contractID"))
		.thenComparingLong(row -> AutotaskRecords.id(row, "contractServiceID"));

	private final AutotaskQueries queries;

	private final Deque<JsonNode> batch = new ArrayDeque<>();

	private LongFunction<String> products;

	private AutotaskListing contracts;

	private long contractId;

	private long contractServiceId;

	AutotaskAdditionReader(AutotaskQueries queries) {
		super("autotaskAdditionReader", SOURCE);
		this.queries = queries;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		contractId = context.getLong(key("contract.id"), 0L);
		contractServiceId = context.getLong(key("contract-service.id"), 0L);
		queries.checkBudget(Entity.UNITS);
		products = products();
		List<ObjectNode> conditions = new ArrayList<>(queries.conditions(Entity.CONTRACTS));
		if (contractId > 0) {
			conditions.add(AutotaskApi.condition("gte", "id", contractId));
		}
		contracts = new AutotaskListing(queries.api(), Entity.CONTRACTS.path(), conditions, List.of("id"));
		batch.clear();
	}

	/** The product identifier of every serviceID: the Service's name, or the id itself. */
	private LongFunction<String> products() {
		if (queries.properties().productIdentifier() == ProductIdentifier.ID) {
			return Long::toString;
		}
		Map<Long, String> names = new HashMap<>();
		AutotaskListing services = new AutotaskListing(queries.api(), Entity.SERVICES.path(),
				queries.conditions(Entity.SERVICES), Entity.SERVICES.fields());
		for (JsonNode service = services.next(); service != null; service = services.next()) {
			long id = AutotaskRecords.id(service, "id");
			String name = service.path("name").isString() ? service.path("name").asString().trim() : "";
			if (id > 0 && !name.isEmpty()) {
				names.put(id, name);
			}
		}
		return names::get;
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		context.putLong(key("contract.id"), contractId);
		context.putLong(key("contract-service.id"), contractServiceId);
	}

	@Override
	protected InputRow<PsaAddition> readNext() {
		while (batch.isEmpty()) {
			if (!nextBatch()) {
				return null;
			}
		}
		JsonNode row = batch.poll();
		long contract = AutotaskRecords.id(row, "contractID");
		long service = AutotaskRecords.id(row, "contractServiceID");
		if (contract < 0 || service < 0) {
			return rejectRecord(contract < 0 ? "contractID" : "contractServiceID",
					"the units row has no numeric contract or contract service id", row);
		}
		contractId = contract;
		contractServiceId = service;
		return row(row, json -> AutotaskRecords.unit(json, products));
	}

	/** Queries the units of the next contracts; false when no contract is left. */
	private boolean nextBatch() {
		List<Long> ids = new ArrayList<>();
		while (ids.size() < queries.properties().contractsPerUnitsQuery()) {
			JsonNode contract = contracts.next();
			if (contract == null) {
				break;
			}
			long id = AutotaskRecords.id(contract, "id");
			if (id > 0) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			return false;
		}
		List<ObjectNode> conditions = new ArrayList<>(queries.conditions(Entity.UNITS));
		conditions.add(AutotaskApi.condition("in", "contractID", ids));
		AutotaskListing units = new AutotaskListing(queries.api(), Entity.UNITS.path(), conditions,
				Entity.UNITS.fields());
		Map<Long, JsonNode> inForce = new LinkedHashMap<>();
		List<JsonNode> unusable = new ArrayList<>();
		for (JsonNode row = units.next(); row != null; row = units.next()) {
			long service = AutotaskRecords.id(row, "contractServiceID");
			if (service < 0) {
				unusable.add(row);
				continue;
			}
			inForce.merge(service, row, AutotaskAdditionReader::later);
		}
		List<JsonNode> rows = new ArrayList<>(unusable);
		rows.addAll(inForce.values());
		rows.sort(READ_ORDER);
		for (JsonNode row : rows) {
			if (!returnedAlready(row)) {
				batch.add(row);
			}
		}
		return true;
	}

	/** Before the cursor in (contract, contract service) order: returned before the restart. */
	private boolean returnedAlready(JsonNode row) {
		long contract = AutotaskRecords.id(row, "contractID");
		long service = AutotaskRecords.id(row, "contractServiceID");
		return contract < contractId || (contract == contractId && service <= contractServiceId);
	}

	/** Of two rows of one contract service on the date, the one whose period starts later (then the higher id). */
	private static JsonNode later(JsonNode a, JsonNode b) {
		LocalDate startA = AutotaskRecords.startDate(a);
		LocalDate startB = AutotaskRecords.startDate(b);
		if (startA != null && startB != null && !startA.equals(startB)) {
			return startA.isAfter(startB) ? a : b;
		}
		return AutotaskRecords.id(a, "id") >= AutotaskRecords.id(b, "id") ? a : b;
	}

	@Override
	public void close() {
		contracts = null;
		batch.clear();
	}

}
