package com.msprecon.reconciliation;

import com.msprecon.psa.BillingMode;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.mapping.ServiceMap;
import com.msprecon.mapping.ServiceMapEntry;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/** Small builders for the rule tests: terse enough that each test shows only what it is about. */
final class Fixtures {

	private Fixtures() {
	}

	static PsaAgreement agreement(String id, String status) {
		return new PsaAgreement(id, "C1", "Agreement " + id, AgreementStatus.ofLabel(status).orElseThrow());
	}

	/** An addition of agreement {@code agreementId}; {@code price}, {@code effective} may be null. */
	static PsaAddition addition(String id, String agreementId, String product, String quantity, String price,
			String effective) {
		return addition(id, agreementId, product, quantity, price, effective, null);
	}

	static PsaAddition addition(String id, String agreementId, String product, String quantity, String price,
			String effective, String cancelled) {
		return new PsaAddition(id, agreementId, product, new BigDecimal(quantity), BigDecimal.ZERO, decimal(price),
				null, BillingMode.BILLABLE, date(effective), date(cancelled));
	}

	/** A service map row; {@code product} may be the word IGNORE, {@code price} may be null. */
	static ServiceMapEntry mapRow(String pkg, String product, String price) {
		boolean ignored = product.equalsIgnoreCase("IGNORE");
		return new ServiceMapEntry(pkg, ignored ? null : product, ignored, decimal(price), null, 0);
	}

	static ServiceMap serviceMap(ServiceMapEntry... rows) {
		return new ServiceMap(Arrays.asList(rows));
	}

	static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	static LocalDate date(String value) {
		return value == null ? null : LocalDate.parse(value);
	}

}
