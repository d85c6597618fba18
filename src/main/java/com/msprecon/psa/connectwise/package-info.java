/**
 * The ConnectWise Manage adapter ({@code recon.psa.source=connectwise-api}): REST v3.0 list calls, keyset-resumable
 * readers for companies, agreements and additions, and the mapping of ConnectWise JSON to the {@code psa} records.
 * ConnectWise's words stay here. Uses {@code psa}, {@code http} (resilience, record readers, redaction) and
 * {@code input}; Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.psa.connectwise;
