/**
 * The Mimecast API 2.0 adapter ({@code recon.vendor.source=mimecast-api}): OAuth2 client-credentials tokens,
 * tenant discovery, one {@code get-account} call per tenant with a resumable reader and the mapping to
 * {@link com.msprecon.vendor.VendorAccount}; actual users come from {@code usage} (docs/rules.md §4.3). Mimecast's
 * words stay here. Uses {@code vendor}, {@code http} and {@code input}; Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.vendor.mimecast;
