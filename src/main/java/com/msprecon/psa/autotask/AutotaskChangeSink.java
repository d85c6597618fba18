package com.msprecon.psa.autotask;

import com.msprecon.http.ApiException;
import com.msprecon.http.ApiJson;
import com.msprecon.http.HttpTime;
import com.msprecon.http.OutcomeUnknownException;
import com.msprecon.input.MspInputs;
import com.msprecon.psa.PsaChangeSink;
import com.msprecon.psa.PsaOutcomeUnknownException;
import com.msprecon.psa.PsaRefusedException;
import com.msprecon.psa.autotask.AutotaskProperties.ProductIdentifier;
import com.msprecon.psa.autotask.AutotaskWriteProperties.UnitsEndDate;
import com.msprecon.run.RunContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The apply job's writes to Autotask (write-back-usage-scale.md §1). Autotask takes changes, not totals: units
 * change only through a {@code ContractServiceAdjustments} create with {@code unitChange}, which cannot be
 * queried, updated or undone. So the change is computed here, at the moment of writing, from a fresh
 * {@code ContractServiceUnits} read ({@code target - live}); a target already in force sends nothing, which is
 * what makes a rerun safe. The adjustment takes effect at the start of the next billing period (no proration).
 *
 * <p>"Live" is the units of the next billing period: the row in force on the day after the period in force on the
 * run's as-of date (an earlier adjustment opened it, or Autotask keeps one per period), else the period in force
 * on the as-of date. Autotask cannot tag a line, so a created
 * line is found by its product: the most recently added contract service of that Service on the contract with
 * units from the as-of date on.
 *
 * <p>Chosen instead of the ConnectWise writer ({@link Primary}) when {@code recon.psa.source=autotask-api}.
 */
@Component
@Lazy
@Primary
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "autotask-api")
public class AutotaskChangeSink implements PsaChangeSink {

	static final String ADJUSTMENTS = "ContractServiceAdjustments";

	private static final List<String> CONTRACT_SERVICE_FIELDS = List.of("id", "contractID", "serviceID");

	private static final Comparator<JsonNode> LATEST = Comparator
		.comparing((JsonNode row) -> Optional.ofNullable(AutotaskRecords.startDate(row)).orElse(LocalDate.MIN))
		.thenComparingLong(row -> AutotaskRecords.id(row, "id"));

	private final AutotaskApi api;

	private final AutotaskWriteProperties write;

	private final Supplier<LocalDate> asOfDate;

	private final HttpTime time;

	private final Map<Long, String> productOfService = new HashMap<>();

	private Map<String, Long> serviceOfProduct;

	@Autowired
	public AutotaskChangeSink(AutotaskProperties properties, AutotaskWriteProperties write,
			ObjectProvider<RunContext> run, ObjectProvider<HttpTime> time) {
		this(new AutotaskApi(properties, time.getIfAvailable(HttpTime::system)), write,
				() -> run.getObject().asOfDate(), time.getIfAvailable(HttpTime::system));
	}

	AutotaskChangeSink(AutotaskApi api, AutotaskWriteProperties write, Supplier<LocalDate> asOfDate) {
		this(api, write, asOfDate, HttpTime.system());
	}

	private AutotaskChangeSink(AutotaskApi api, AutotaskWriteProperties write, Supplier<LocalDate> asOfDate,
			HttpTime time) {
		this.api = api;
		this.write = write;
		this.asOfDate = asOfDate;
		this.time = time;
	}

	/** Writes with the MSP's own API user where it has its own settings: the account its runs read. */
	@Override
	public PsaChangeSink forMsp(MspInputs msp) {
		return msp.own(AutotaskProperties.PREFIX, AutotaskProperties.class)
			.<PsaChangeSink>map(own -> new AutotaskChangeSink(new AutotaskApi(own, time), write, asOfDate, time))
			.orElse(this);
	}

	@Override
	public Optional<LiveAddition> readAddition(String agreementId, String additionId) {
		return liveUnits(id(agreementId), id(additionId)).map(units -> live(units.live(), additionId, agreementId));
	}

	@Override
	public void setQuantity(String agreementId, String additionId, BigDecimal quantity) {
		long contract = id(agreementId);
		long contractService = id(additionId);
		Units units = liveUnits(contract, contractService)
			.orElseThrow(() -> new PsaRefusedException("Autotask has no units of contract service " + additionId
					+ " on contract " + agreementId + " in force on " + asOfDate.get(), null));
		BigDecimal change = quantity.subtract(units(units.live()));
		if (change.stripTrailingZeros().scale() > 0) {
			throw new PsaRefusedException("Autotask changes units in whole numbers; " + quantity.toPlainString()
					+ " is not one", null);
		}
		if (change.signum() == 0) {
			return; // the target is in force already: nothing to send, whatever happened before
		}
		try {
			adjust(contract, contractService, AutotaskRecords.id(units.live(), "serviceID"), units.effective(), change);
		}
		catch (OutcomeUnknownException ex) {
			// the adjustment may exist: only the units tell; never send a change twice on a guess
			Optional<Units> back = liveUnits(contract, contractService);
			if (back.isPresent() && units(back.get().live()).compareTo(quantity) == 0) {
				return;
			}
			throw new ApiException(ex.getMessage() + "; the units do not show the target yet, so the change is not "
					+ "sent again: the rerun reads them and settles the order", 0, ex);
		}
	}

	@Override
	public Optional<LiveAddition> findLineTagged(String agreementId, String productIdentifier, String tag) {
		Long service = serviceOf(productIdentifier);
		if (service == null) {
			return Optional.empty();
		}
		long contract = id(agreementId);
		List<JsonNode> services = api.queryAll("ContractServices",
				List.of(AutotaskApi.condition("eq", "contractID", contract),
						AutotaskApi.condition("eq", "serviceID", service)),
				CONTRACT_SERVICE_FIELDS);
		// the most recently added first: a repeated Service's new contract service has the highest id
		services.sort(Comparator.comparingLong((JsonNode cs) -> AutotaskRecords.id(cs, "id")).reversed());
		for (JsonNode contractService : services) {
			long id = AutotaskRecords.id(contractService, "id");
			Optional<Units> units = id > 0 ? liveUnits(contract, id) : Optional.empty();
			if (units.isPresent()) {
				return units.map(u -> live(u.live(), Long.toString(id), agreementId));
			}
		}
		return Optional.empty();
	}

	/** An adjustment on a contract without the Service creates the contract service (Autotask's own rule). */
	@Override
	public String createLine(NewLine line) {
		if (line.quantity().stripTrailingZeros().scale() > 0) {
			throw new PsaRefusedException("Autotask changes units in whole numbers; " + line.quantity().toPlainString()
					+ " is not one", null);
		}
		Long service = serviceOf(line.productIdentifier());
		if (service == null) {
			throw new PsaRefusedException("Autotask has no Service " + line.productIdentifier()
					+ " (recon.autotask.product-identifier=" + api.properties().productIdentifier().name().toLowerCase()
					+ "); add it in Autotask or correct the service map", null);
		}
		try {
			adjust(id(line.agreementId()), 0, service, line.effectiveDate(), line.quantity());
		}
		catch (OutcomeUnknownException ex) {
			throw new PsaOutcomeUnknownException(ex.getMessage(), ex);
		}
		return findLineTagged(line.agreementId(), line.productIdentifier(), line.tag())
			.map(LiveAddition::additionId)
			.orElseThrow(() -> new ApiException("Autotask accepted the adjustment adding " + line.productIdentifier()
					+ " to contract " + line.agreementId() + " but shows no contract service for it yet; the rerun "
					+ "looks for it again before sending anything", 0));
	}

	/**
	 * One adjustment: of the contract service named, or (none named) a new contract service of the Service, even
	 * when the contract had one before ({@code allowRepeatService}, a field the API's models carry).
	 */
	private void adjust(long contract, long contractService, long service, LocalDate effective, BigDecimal change) {
		ObjectNode body = ApiJson.mapper().createObjectNode().put("contractID", contract);
		if (contractService > 0) {
			body.put("contractServiceID", contractService);
		}
		else {
			body.put("allowRepeatService", true);
		}
		body.put("serviceID", service).put("effectiveDate", effective + "T00:00:00").put("unitChange", change);
		try {
			api.create(ADJUSTMENTS, body, AutotaskChangeSink::writeAdvice);
		}
		catch (ApiException ex) {
			// a 4xx refuses this one change (it would be refused again); 401/403, no answer or an unknown outcome
			// stop the run
			throw !(ex instanceof OutcomeUnknownException) && ex.refusesThisRequest()
					? new PsaRefusedException(ex.getMessage(), ex) : ex;
		}
	}

	/**
	 * The units of a contract service as the job sees them: the row in force on the as-of date gives the start of
	 * the next billing period (where an adjustment takes effect), and the live units are those of the row in force
	 * on that date (opened by an earlier adjustment, or one Autotask keeps per period), else the in-force row's.
	 * Empty when no row is in force on the as-of date and none starts later.
	 */
	private Optional<Units> liveUnits(long contract, long contractService) {
		List<JsonNode> rows = api.queryAll(AutotaskQueries.Entity.UNITS.path(),
				List.of(AutotaskApi.condition("eq", "contractID", contract),
						AutotaskApi.condition("eq", "contractServiceID", contractService),
						AutotaskApi.condition("gte", "endDate", asOfDate.get() + "T00:00:00")),
				AutotaskRecords.UNIT_FIELDS);
		Optional<JsonNode> inForce = rows.stream().filter(row -> covers(row, asOfDate.get())).max(LATEST);
		if (inForce.isEmpty()) {
			// added after the as-of date (a new line an earlier order created): the earliest row stands for it
			return rows.stream().min(LATEST).map(row -> new Units(row, nextPeriodStart(row)));
		}
		LocalDate effective = nextPeriodStart(inForce.get());
		JsonNode live = rows.stream().filter(row -> covers(row, effective)).max(LATEST).orElse(inForce.get());
		return Optional.of(new Units(live, effective));
	}

	/** Whether the row's period contains the day (a row on a period boundary covers it too). */
	private static boolean covers(JsonNode row, LocalDate day) {
		LocalDate start = AutotaskRecords.startDate(row);
		JsonNode end = row.path("endDate");
		return start != null && !start.isAfter(day) && end.isString() && end.asString().length() >= 10
				&& !LocalDate.parse(end.asString().substring(0, 10)).isBefore(day);
	}

	/** The row whose units count, and the day an adjustment made now takes effect. */
	private record Units(JsonNode live, LocalDate effective) {

	}

	private LocalDate nextPeriodStart(JsonNode row) {
		JsonNode end = row.path("endDate");
		if (!end.isString() || end.asString().length() < 10) {
			throw new PsaRefusedException("the units row " + AutotaskRecords.id(row, "id") + " has no endDate, so the "
					+ "start of the next billing period is unknown", null);
		}
		LocalDate date = LocalDate.parse(end.asString().substring(0, 10));
		return write.unitsEndDate() == UnitsEndDate.LAST_DAY ? date.plusDays(1) : date;
	}

	private LiveAddition live(JsonNode row, String additionId, String agreementId) {
		return new LiveAddition(additionId, agreementId, productOf(AutotaskRecords.id(row, "serviceID")), units(row));
	}

	private String productOf(long service) {
		if (api.properties().productIdentifier() == ProductIdentifier.ID) {
			return Long.toString(service);
		}
		services();
		return productOfService.get(service);
	}

	private Long serviceOf(String product) {
		if (api.properties().productIdentifier() == ProductIdentifier.ID) {
			return product.matches("[0-9]{1,18}") ? Long.valueOf(product) : null;
		}
		return services().get(product.toLowerCase(java.util.Locale.ROOT));
	}

	/** The Services by name, read once per process (names compare without case, as the service map does). */
	private synchronized Map<String, Long> services() {
		if (serviceOfProduct == null) {
			Map<String, Long> byName = new HashMap<>();
			for (JsonNode service : api.queryAll(AutotaskQueries.Entity.SERVICES.path(), List.of(),
					AutotaskRecords.SERVICE_FIELDS)) {
				long id = AutotaskRecords.id(service, "id");
				String name = service.path("name").isString() ? service.path("name").asString().trim() : "";
				if (id > 0 && !name.isEmpty()) {
					byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), id);
					productOfService.put(id, name);
				}
			}
			serviceOfProduct = byName;
		}
		return serviceOfProduct;
	}

	private static BigDecimal units(JsonNode row) {
		JsonNode units = row.path("units");
		if (!units.isNumber()) {
			throw new ApiException("Autotask ContractServiceUnits row " + AutotaskRecords.id(row, "id")
					+ " has no numeric units", 200);
		}
		return units.decimalValue();
	}

	private static long id(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new PsaRefusedException("'" + value + "' is not an Autotask id", ex);
		}
	}

	private static String writeAdvice(int status) {
		return switch (status) {
			case 400 -> "Autotask refused the adjustment (see its message: a Service, contract or date it does "
					+ "not take); correct it in Autotask or in the service map";
			case 403 -> "the API user's security level lacks Edit on Contracts (see docs/sources.md)";
			case 404 -> "the contract is not there any more";
			default -> null;
		};
	}

}
