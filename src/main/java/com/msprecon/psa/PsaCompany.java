package com.msprecon.psa;

/**
 * A PSA company (docs/rules.md §2.2). An inactive or deleted company is never an automatic match candidate.
 *
 * @param website as the PSA holds it (a host, a URL, or several), or {@code null}
 */
public record PsaCompany(String companyId, String identifier, String name, String website, CompanyStatus status) {

	public boolean isMatchCandidate() {
		return status == CompanyStatus.ACTIVE;
	}

}
