package com.msprecon.psa.autotask;

import static com.msprecon.http.JsonFields.at;
import static com.msprecon.http.JsonFields.optionalDate;
import static com.msprecon.http.JsonFields.optionalDecimal;
import static com.msprecon.http.JsonFields.optionalText;
import static com.msprecon.http.JsonFields.requiredNonNegativeDecimal;
import static com.msprecon.http.JsonFields.requiredText;

import com.msprecon.input.FieldException;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import tools.jackson.databind.JsonNode;

/**
 * Maps Autotask's Companies, Contracts and ContractServiceUnits to the PSA records of docs/rules.md §2.2. An
 * addition is a contract service with the units in force on the as-of date: its id is the ContractService's
 * (the same in every billing period), its quantity the period's {@code units}.
 */
final class AutotaskRecords {

	static final List<String> COMPANY_FIELDS = List.of("id", "companyName", "companyNumber", "webAddress",
			"isActive", "companyType");

	static final List<String> CONTRACT_FIELDS = List.of("id", "contractName", "companyID", "status",
			"contractType");

	static final List<String> UNIT_FIELDS = List.of("id", "contractID", "contractServiceID", "serviceID",
			"startDate", "endDate", "units", "price", "cost");

	static final List<String> SERVICE_FIELDS = List.of("id", "name");

	private AutotaskRecords() {
	}

	/** {@code isActive: false} is {@code Inactive} (never matched automatically, R3); true or absent is active. */
	static PsaCompany company(JsonNode json) {
		JsonNode active = at(json, "isActive");
		if (!active.isMissingNode() && !active.isNull() && !active.isBoolean()) {
			throw new FieldException("isActive", "isActive is not true or false but " + active);
		}
		CompanyStatus status = active.asBoolean(true) ? CompanyStatus.ACTIVE : CompanyStatus.INACTIVE;
		return new PsaCompany(requiredText(json, "id"), optionalText(json, "companyNumber"),
				requiredText(json, "companyName"), optionalText(json, "webAddress"), status);
	}

	/** A contract whose {@code status} is one of {@code activeStatuses} is {@code Active}; any other is not (R1). */
	static PsaAgreement contract(JsonNode json, List<Long> activeStatuses) {
		JsonNode status = at(json, "status");
		if (!status.isIntegralNumber()) {
			throw new FieldException("status", "status must be a picklist number, was "
					+ (status.isMissingNode() ? "missing" : status.toString()));
		}
		return new PsaAgreement(requiredText(json, "id"), requiredText(json, "companyID"),
				optionalText(json, "contractName"),
				activeStatuses.contains(status.asLong()) ? AgreementStatus.ACTIVE : AgreementStatus.INACTIVE);
	}

	/**
	 * One contract service's units in force. Autotask has no per-line effective or cancelled date (a service that
	 * is not in force has no units row on the date, so it is not read at all): both stay empty, and R7 takes the
	 * most recently added contract service (the highest id) first.
	 *
	 * @param products the product identifier of each serviceID
	 */
	static PsaAddition unit(JsonNode json, LongFunction<String> products) {
		JsonNode serviceId = at(json, "serviceID");
		String product = serviceId.isIntegralNumber() && serviceId.asLong() > 0 ? products.apply(serviceId.asLong()) : null;
		if (product == null) {
			throw new FieldException("serviceID", "serviceID " + (serviceId.isMissingNode() ? "missing" : serviceId)
					+ " names no Service");
		}
		return new PsaAddition(requiredText(json, "contractServiceID"), requiredText(json, "contractID"), product,
				requiredNonNegativeDecimal(json, "units"), BigDecimal.ZERO, optionalDecimal(json, "price"),
				optionalDecimal(json, "cost"), null, null, null);
	}

	/** The start of a units row's period, for choosing the latest of two rows on a period boundary. */
	static LocalDate startDate(JsonNode json) {
		try {
			return optionalDate(json, "startDate");
		}
		catch (FieldException ex) {
			return null;
		}
	}

	/** The record's numeric id field, or -1 when it has none. */
	static long id(JsonNode json, String field) {
		JsonNode id = json.path(field);
		return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asLong() : -1;
	}

}
