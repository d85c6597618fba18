/**
 * The vendor file source, the default ({@code mimecast-accounts.csv}, docs/rules.md §3), read from
 * {@code recon.input-dir}; account codes are unique ignoring letter case. Uses {@code vendor}, {@code input}
 * (the CSV reader) and the root package's settings; Spring Boot for the condition that selects it.
 */
package com.msprecon.vendor.file;
