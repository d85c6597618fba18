package com.msprecon.psa.file;

import com.msprecon.input.CsvRow;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.BillingMode;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The PSA file formats of docs/rules.md §3 ({@code psa-companies.csv}, {@code psa-agreements.csv}, {@code psa-additions.csv}). */
final class PsaCsv {

	static final String COMPANIES = "psa-companies.csv";

	static final String AGREEMENTS = "psa-agreements.csv";

	static final String ADDITIONS = "psa-additions.csv";

	static final List<String> COMPANY_COLUMNS = List.of("company_id", "identifier", "name", "website", "status");

	static final List<String> AGREEMENT_COLUMNS = List.of("agreement_id", "company_id", "name", "status");

	static final List<String> ADDITION_COLUMNS = List.of("addition_id", "agreement_id", "product_identifier",
			"quantity", "less_included", "unit_price", "unit_cost", "bill_customer", "effective_date",
			"cancelled_date");

	/** The files use the rules' own words (docs/rules.md §2.2): the enums' labels. */
	static final List<String> AGREEMENT_STATUSES = Arrays.stream(AgreementStatus.values()).map(AgreementStatus::label).toList();

	static final List<String> BILL_CUSTOMER = Arrays.stream(BillingMode.values()).map(BillingMode::label).toList();

	private PsaCsv() {
	}

	private static BillingMode billingMode(String label) {
		return label == null ? null : BillingMode.ofLabel(label).orElseThrow();
	}

	static PsaCompany company(CsvRow row) {
		return new PsaCompany(row.required("company_id"), row.optional("identifier"), row.required("name"),
				row.optional("website"), CompanyStatus.ofLabel(row.optional("status")));
	}

	static PsaAgreement agreement(CsvRow row) {
		return new PsaAgreement(row.required("agreement_id"), row.required("company_id"), row.optional("name"),
				AgreementStatus.ofLabel(row.requiredChoice("status", AGREEMENT_STATUSES)).orElseThrow());
	}

	static PsaAddition addition(CsvRow row) {
		return new PsaAddition(row.required("addition_id"), row.required("agreement_id"),
				row.required("product_identifier"), row.requiredDecimal("quantity"),
				row.nonNegativeDecimal("less_included", BigDecimal.ZERO), row.optionalDecimal("unit_price"),
				row.optionalDecimal("unit_cost"), billingMode(row.optionalChoice("bill_customer", BILL_CUSTOMER)),
				row.optionalDate("effective_date"), row.optionalDate("cancelled_date"));
	}

}
