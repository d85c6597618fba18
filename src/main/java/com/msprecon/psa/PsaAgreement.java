package com.msprecon.psa;

/** A PSA agreement; only {@code Active} agreements (case-insensitive) bill anything (R1). */
public record PsaAgreement(String agreementId, String companyId, String name, String status) {

	public boolean isActive() {
		return "Active".equalsIgnoreCase(status);
	}

}
