package com.msprecon.reconciliation;

/** The seats one resolved vendor account brings to one PSA product of its company (R4). */
public record VendorContribution(String accountCode, String productIdentifier, String companyId, int seats,
		String packages) {

}
