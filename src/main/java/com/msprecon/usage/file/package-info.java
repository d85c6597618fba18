/**
 * The usage file adapter ({@code recon.usage.source=file}): actual users per account code from a CSV
 * {@code account_code,actual_users} (docs/rules.md §4.3). Uses {@code usage} and {@code input}; Spring Boot for
 * the condition that selects it.
 */
package com.msprecon.usage.file;
