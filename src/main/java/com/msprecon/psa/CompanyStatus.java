package com.msprecon.psa;

import java.util.Arrays;

/**
 * Whether a PSA company is current (docs/rules.md §2.2). An {@link #INACTIVE} or {@link #DELETED} company is never
 * an automatic match candidate (R3); every other status a PSA has (including none) is {@link #ACTIVE} here.
 */
public enum CompanyStatus {

	ACTIVE("Active"), INACTIVE("Inactive"), DELETED("Deleted");

	private final String label;

	CompanyStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** {@code Inactive} and {@code Deleted} (any case) are those; anything else, or nothing, is active. */
	public static CompanyStatus ofLabel(String label) {
		return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst().orElse(ACTIVE);
	}

}
