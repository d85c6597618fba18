/**
 * The ConnectWise Manage adapter ({@code recon.psa.source=connectwise-api}): REST v3.0 list calls, keyset-resumable
 * readers for companies, agreements and additions, the apply job's writes ({@code ConnectWiseChangeSink}: PATCH of
 * a quantity, a tagged POST of a new line, {@code recon.connectwise.write.*}), and the mapping of ConnectWise JSON to the {@code psa} records.
 * ConnectWise's words stay here. Uses {@code psa}, {@code http} (resilience, record readers, redaction) and
 * {@code input}; Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.psa.connectwise;
