package com.msprecon.psa.connectwise;

import static com.msprecon.http.JsonFields.at;
import static com.msprecon.http.JsonFields.optionalChoice;
import static com.msprecon.http.JsonFields.optionalDate;
import static com.msprecon.http.JsonFields.optionalDecimal;
import static com.msprecon.http.JsonFields.optionalText;
import static com.msprecon.http.JsonFields.requiredNonNegativeDecimal;
import static com.msprecon.http.JsonFields.requiredText;

import com.msprecon.input.FieldException;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.BillingMode;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Maps ConnectWise company, agreement and addition JSON to the PSA records of docs/rules.md §2.2. */
final class ConnectWiseRecords {

	static final String COMPANY_FIELDS = "id,identifier,name,website,status,deletedFlag";

	static final String AGREEMENT_FIELDS = "id,name,company,agreementStatus,cancelledFlag";

	static final String ADDITION_FIELDS = "id,agreementId,product,quantity,lessIncluded,unitPrice,unitCost,"
			+ "billCustomer,effectiveDate,cancelledDate";

	/** ConnectWise's agreement statuses, in the product's words. */
	static final Map<String, AgreementStatus> AGREEMENT_STATUSES = words("Active", AgreementStatus.ACTIVE, "Cancelled",
			AgreementStatus.CANCELLED, "Expired", AgreementStatus.EXPIRED, "Inactive", AgreementStatus.INACTIVE);

	static final Map<String, BillingMode> BILL_CUSTOMER = words("Billable", BillingMode.BILLABLE, "DoNotBill",
			BillingMode.DO_NOT_BILL, "NoCharge", BillingMode.NO_CHARGE);

	private ConnectWiseRecords() {
	}

	/** A deleted company ({@code deletedFlag}) gets the status {@code Deleted}, so it is never matched. */
	static PsaCompany company(JsonNode json) {
		// a company status is a name the MSP defines; only "Inactive" means what the rules mean
		CompanyStatus status = at(json, "deletedFlag").asBoolean(false) ? CompanyStatus.DELETED
				: "Inactive".equalsIgnoreCase(optionalText(json, "status/name")) ? CompanyStatus.INACTIVE
						: CompanyStatus.ACTIVE;
		return new PsaCompany(requiredText(json, "id"), optionalText(json, "identifier"), requiredText(json, "name"),
				optionalText(json, "website"), status);
	}

	/** {@code cancelledFlag} wins over {@code agreementStatus}: a cancelled agreement bills nothing. */
	static PsaAgreement agreement(JsonNode json) {
		AgreementStatus status = at(json, "cancelledFlag").asBoolean(false) ? AgreementStatus.CANCELLED
				: choice(json, "agreementStatus", AGREEMENT_STATUSES);
		if (status == null) {
			throw new FieldException("agreementStatus", "agreementStatus is missing");
		}
		return new PsaAgreement(requiredText(json, "id"), requiredText(json, "company/id"),
				optionalText(json, "name"), status);
	}

	/** The agreement is the one whose additions were listed; {@code quantity} and {@code lessIncluded} as given. */
	static PsaAddition addition(String agreementId, JsonNode json) {
		BigDecimal lessIncluded = optionalDecimal(json, "lessIncluded");
		if (lessIncluded != null && lessIncluded.signum() < 0) {
			throw new FieldException("lessIncluded", "lessIncluded must be >= 0, was " + lessIncluded);
		}
		return new PsaAddition(requiredText(json, "id"), agreementId, requiredText(json, "product/identifier"),
				requiredNonNegativeDecimal(json, "quantity"), lessIncluded == null ? BigDecimal.ZERO : lessIncluded,
				optionalDecimal(json, "unitPrice"), optionalDecimal(json, "unitCost"),
				choice(json, "billCustomer", BILL_CUSTOMER), optionalDate(json, "effectiveDate"),
				optionalDate(json, "cancelledDate"));
	}

	/** Word, value, word, value, ...: in this order, as an error message lists them. */
	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> words(Object... wordsAndValues) {
		Map<String, T> words = new LinkedHashMap<>();
		for (int i = 0; i < wordsAndValues.length; i += 2) {
			words.put((String) wordsAndValues[i], (T) wordsAndValues[i + 1]);
		}
		return words;
	}

	/** The product's value of one of the API's words (case-insensitive), or {@code null} when the field is empty. */
	private static <T> T choice(JsonNode json, String field, Map<String, T> words) {
		String word = optionalChoice(json, field, List.copyOf(words.keySet()));
		return word == null ? null : words.get(word);
	}

	/** The record's numeric id, or -1 when it has none (then it is a reject and the cursor stays). */
	static long id(JsonNode json) {
		JsonNode id = json.path("id");
		return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asLong() : -1;
	}

}
