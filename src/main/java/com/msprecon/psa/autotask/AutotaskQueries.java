package com.msprecon.psa.autotask;

import com.msprecon.psa.autotask.AutotaskBudget.RequestEstimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The queries the readers send, from the settings and the run's as-of date, and the estimate of the requests
 * that the rest of the run takes from a given reader on (the three readers run in this order).
 */
final class AutotaskQueries {

	/** The entities read, in the order of the run's staging steps (Services and units go with the additions). */
	enum Entity {

		COMPANIES("Companies", AutotaskRecords.COMPANY_FIELDS), CONTRACTS("Contracts", AutotaskRecords.CONTRACT_FIELDS),
		UNITS("ContractServiceUnits", AutotaskRecords.UNIT_FIELDS), SERVICES("Services", AutotaskRecords.SERVICE_FIELDS);

		private final String path;

		private final List<String> fields;

		Entity(String path, List<String> fields) {
			this.path = path;
			this.fields = fields;
		}

		String path() {
			return path;
		}

		List<String> fields() {
			return fields;
		}

	}

	private final AutotaskApi api;

	private final Supplier<LocalDate> asOfDate;

	AutotaskQueries(AutotaskApi api, Supplier<LocalDate> asOfDate) {
		this.api = api;
		this.asOfDate = asOfDate;
	}

	AutotaskApi api() {
		return api;
	}

	AutotaskProperties properties() {
		return api.properties();
	}

	LocalDate asOfDate() {
		return asOfDate.get();
	}

	/** The filter of each entity; the keyset and the contract batch are added by the readers. */
	List<ObjectNode> conditions(Entity entity) {
		AutotaskProperties properties = api.properties();
		List<ObjectNode> conditions = new ArrayList<>();
		switch (entity) {
			case COMPANIES -> {
				if (!properties.companyTypes().isEmpty()) {
					conditions.add(AutotaskApi.condition("in", "companyType", properties.companyTypes()));
				}
			}
			case CONTRACTS -> {
				if (!properties.contractTypes().isEmpty()) {
					conditions.add(AutotaskApi.condition("in", "contractType", properties.contractTypes()));
				}
			}
			case UNITS -> {
				// the period in force: whether endDate is a period's last day or the next one's first, a row
				// on a boundary is chosen by the reader (the later start wins)
				String day = asOfDate() + "T00:00:00";
				conditions.add(AutotaskApi.condition("lte", "startDate", day));
				conditions.add(AutotaskApi.condition("gte", "endDate", day));
			}
			case SERVICES -> {
				// all: a contract may bill a service that is no longer active
			}
		}
		return conditions;
	}

	/**
	 * Counts what the run reads from {@code from} on and refuses when its requests do not fit in this hour:
	 * companies, then contracts, then (for the additions) contracts again, one units query per
	 * {@code contracts-per-units-query} contracts and its pages, and the Services when they name the products.
	 */
	void checkBudget(Entity from) {
		AutotaskProperties properties = api.properties();
		int pageSize = properties.pageSize();
		long contracts = api.count(Entity.CONTRACTS.path(), conditions(Entity.CONTRACTS));
		long units = api.count(Entity.UNITS.path(), conditions(Entity.UNITS));
		RequestEstimate estimate = new RequestEstimate(0)
			.plus(RequestEstimate.pages(contracts, pageSize))
			.plus((contracts + properties.contractsPerUnitsQuery() - 1) / properties.contractsPerUnitsQuery())
			.plus(RequestEstimate.pages(units, pageSize));
		if (properties.productIdentifier() == AutotaskProperties.ProductIdentifier.NAME) {
			estimate = estimate.plus(RequestEstimate.pages(api.count(Entity.SERVICES.path(), List.of()), pageSize));
		}
		String what = "the contract services and their units";
		if (from != Entity.UNITS) {
			estimate = estimate.plus(RequestEstimate.pages(contracts, pageSize));
			what = "the contracts and " + what;
		}
		if (from == Entity.COMPANIES) {
			long companies = api.count(Entity.COMPANIES.path(), conditions(Entity.COMPANIES));
			estimate = estimate.plus(RequestEstimate.pages(companies, pageSize));
			what = "the companies, " + what;
		}
		// the rechecks of the threshold during the read
		estimate = estimate.plus(estimate.requests() / Math.max(1, properties.thresholdRecheckRequests()));
		AutotaskBudget.check(api, what, estimate);
	}

}
