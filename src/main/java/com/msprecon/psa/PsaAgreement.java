package com.msprecon.psa;

/** A PSA agreement; only an active agreement bills anything (R1). */
public record PsaAgreement(String agreementId, String companyId, String name, AgreementStatus status) {

	public boolean isActive() {
		return status == AgreementStatus.ACTIVE;
	}

}
