package com.msprecon.psa.halopsa;

import static com.msprecon.http.JsonFields.at;
import static com.msprecon.http.JsonFields.optionalDate;
import static com.msprecon.http.JsonFields.optionalDecimal;
import static com.msprecon.http.JsonFields.optionalText;
import static com.msprecon.http.JsonFields.requiredNonNegativeDecimal;
import static com.msprecon.http.JsonFields.requiredText;

import com.msprecon.http.ApiJson;
import com.msprecon.input.FieldException;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.halopsa.HaloPsaProperties.ProductIdentifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps HaloPSA clients, client contracts and recurring invoice lines to the PSA records of docs/rules.md §2.2.
 * An addition is a recurring invoice line: its agreement is the invoice's client contract, its quantity
 * {@code qty_order}.
 */
final class HaloRecords {

	private HaloRecords() {
	}

	/** {@code inactive: true} is {@code Inactive} (never matched automatically, R3). */
	static PsaCompany client(JsonNode json) {
		CompanyStatus status = flag(json, "inactive", false) ? CompanyStatus.INACTIVE : CompanyStatus.ACTIVE;
		return new PsaCompany(requiredText(json, "id"), null, requiredText(json, "name"),
				optionalText(json, "website"), status);
	}

	/** {@code active: false} is {@code Inactive} (R1); the contract's {@code ref} is its name. */
	static PsaAgreement contract(JsonNode json, String clientId) {
		JsonNode client = at(json, "client_id");
		String owner = client.isMissingNode() || client.isNull() ? clientId : requiredText(json, "client_id");
		return new PsaAgreement(requiredText(json, "id"), owner, optionalText(json, "ref"),
				flag(json, "active", true) ? AgreementStatus.ACTIVE : AgreementStatus.INACTIVE);
	}

	/** The lines of a client's recurring invoices, each with its invoice's id and contract. */
	static List<JsonNode> invoiceLines(JsonNode invoices) {
		List<JsonNode> lines = new ArrayList<>();
		for (JsonNode invoice : invoices.path("invoices")) {
			for (JsonNode line : invoice.path("lines")) {
				ObjectNode holder = ApiJson.mapper().createObjectNode();
				ObjectNode header = holder.putObject("invoice");
				header.set("id", invoice.path("id"));
				header.set("contract_id", invoice.path("contract_id"));
				holder.set("line", line);
				holder.set("id", line.path("id"));
				lines.add(holder);
			}
		}
		return lines;
	}

	/** A line of {@link #invoiceLines}; a line whose invoice has no client contract cannot be placed. */
	static PsaAddition line(JsonNode holder, HaloPsaProperties properties) {
		JsonNode line = holder.path("line");
		if (id(holder.path("invoice"), "contract_id") < 0) {
			throw new FieldException("contract_id", "recurring invoice " + holder.path("invoice").path("id")
					+ " is linked to no client contract (contract_id)");
		}
		String product = properties.productIdentifier() == ProductIdentifier.ID ? requiredText(line, "_itemid")
				: requiredText(line, "item_shortdescription");
		return new PsaAddition(requiredText(line, "id"), requiredText(holder, "invoice/contract_id"), product,
				requiredNonNegativeDecimal(line, "qty_order"), BigDecimal.ZERO, optionalDecimal(line, "unit_price"),
				optionalDecimal(line, "unit_cost"), null, date(line, properties.lineStartField()),
				date(line, properties.lineEndField()));
	}

	private static LocalDate date(JsonNode line, String field) {
		return field.isEmpty() ? null : optionalDate(line, field);
	}

	private static boolean flag(JsonNode json, String field, boolean absent) {
		JsonNode value = at(json, field);
		if (value.isMissingNode() || value.isNull()) {
			return absent;
		}
		if (!value.isBoolean()) {
			throw new FieldException(field, field + " is not true or false but " + value);
		}
		return value.asBoolean();
	}

	/** The record's numeric id field, or -1 when it has none. */
	static long id(JsonNode json, String field) {
		JsonNode id = json.path(field);
		return id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0 ? id.asLong() : -1;
	}

}
