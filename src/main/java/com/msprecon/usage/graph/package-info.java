/**
 * The Microsoft Graph usage adapter ({@code recon.usage.source=microsoft-graph}, docs/rules.md §4.3): per customer
 * tenant a client-credentials token of the multi-tenant application, the verified domains, the configured
 * licences resolved through {@code subscribedSkus} and the distinct users holding them; tenants from the tenant
 * map or the partner's GDAP customers; a resumable reader, one tenant per record. Graph's words stay here. Uses
 * {@code usage}, {@code http} and {@code input}; Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.usage.graph;
