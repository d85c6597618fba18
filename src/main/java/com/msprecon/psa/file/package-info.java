/**
 * The PSA file source, the default ({@code psa-companies.csv}, {@code psa-agreements.csv}, {@code psa-additions.csv},
 * docs/rules.md §3), read from {@code recon.input-dir}. Uses {@code psa}, {@code input} (the CSV reader) and the
 * root package's settings; Spring Boot for the condition that selects it.
 */
package com.msprecon.psa.file;
