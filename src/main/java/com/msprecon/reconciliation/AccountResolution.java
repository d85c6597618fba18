package com.msprecon.reconciliation;

import com.msprecon.matching.Candidate;
import java.util.List;

/**
 * The outcome of R2 for one vendor account, with the seats it brings (R4).
 *
 * @param companyId the company (MAPPED or AUTO), else {@code null}
 * @param score the matcher's score for AUTO (1 for MAPPED), else the best candidate's
 * @param candidates up to three companies for the review list
 */
public record AccountResolution(String accountCode, String accountName, ResolutionMethod method, String companyId,
		String companyName, double score, String reason, List<Candidate> candidates, int userCount,
		Integer actualUsers, int seats) {

	public AccountResolution {
		candidates = List.copyOf(candidates);
	}

	public boolean isResolved() {
		return companyId != null;
	}

}
