package com.msprecon.reconciliation;

import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.util.List;

/** Everything R5–R7 need about one PSA company: its agreements, their additions and the vendor seats. */
public record CompanyBundle(PsaCompany company, List<PsaAgreement> agreements, List<PsaAddition> additions,
		List<VendorContribution> contributions) {

	public CompanyBundle {
		agreements = List.copyOf(agreements);
		additions = List.copyOf(additions);
		contributions = List.copyOf(contributions);
	}

}
