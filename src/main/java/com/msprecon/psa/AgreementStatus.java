package com.msprecon.psa;

import java.util.Arrays;
import java.util.Optional;

/** The status of a PSA agreement (docs/rules.md §2.2); only an {@link #ACTIVE} agreement bills (R1). */
public enum AgreementStatus {

	ACTIVE("Active"), CANCELLED("Cancelled"), EXPIRED("Expired"), INACTIVE("Inactive");

	private final String label;

	AgreementStatus(String label) {
		this.label = label;
	}

	/** The word the rules and the input files use ({@code Active}, ...). */
	public String label() {
		return label;
	}

	/** The status a label names, case-insensitively; empty when it names none. */
	public static Optional<AgreementStatus> ofLabel(String label) {
		return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
	}

}
