package com.msprecon.psa;

/**
 * A PSA company (ConnectWise-shaped, spec §2.2). A company whose status is {@code Inactive} or
 * {@code Deleted} is never an automatic match candidate.
 */
public record PsaCompany(String companyId, String identifier, String name, String website, String status) {

	public boolean isMatchCandidate() {
		return status == null || !(status.equalsIgnoreCase("Inactive") || status.equalsIgnoreCase("Deleted"));
	}

}
