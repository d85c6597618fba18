package com.msprecon.vendor.mimecast;

import java.util.List;

/** The account codes listed in {@code recon.mimecast.account-codes}. */
record ConfiguredTenants(List<String> accountCodes) implements TenantDiscovery {

	@Override
	public String describe() {
		return "account codes from recon.mimecast.account-codes";
	}

}
