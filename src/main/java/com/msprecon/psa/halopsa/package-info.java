/**
 * The HaloPSA adapter ({@code recon.psa.source=halopsa-api}): the authorisation server from {@code authinfo}, a
 * client-credentials token, clients page by page, each client's contracts and recurring invoice lines, readers
 * resumable per client, and the mapping of Halo JSON to the {@code psa} records. Halo's words stay here. Uses
 * {@code psa}, {@code http} and {@code input}; Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.psa.halopsa;
