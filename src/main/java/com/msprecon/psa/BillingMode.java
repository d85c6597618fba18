package com.msprecon.psa;

import java.util.Arrays;
import java.util.Optional;

/** How a PSA addition is billed to the customer (docs/rules.md §2.2); kept for the record, it filters nothing (R1). */
public enum BillingMode {

	BILLABLE("Billable"), DO_NOT_BILL("DoNotBill"), NO_CHARGE("NoCharge");

	private final String label;

	BillingMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<BillingMode> ofLabel(String label) {
		return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
	}

}
