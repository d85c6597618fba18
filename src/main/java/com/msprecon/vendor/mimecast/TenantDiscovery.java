package com.msprecon.vendor.mimecast;

import java.util.List;

/**
 * Which Mimecast customer accounts (tenants) to read. No public API 2.0 endpoint lists a partner's tenants, so
 * this is a port: a configured list, the API 1.0-style {@code get-delegated-access}, later a partner endpoint.
 */
public interface TenantDiscovery {

	/** The account codes, in any order, possibly with repeats. */
	List<String> accountCodes();

	/** What the discovery is, for logs. */
	String describe();

}
