/**
 * The staging tables: the chunk writer that stores each source's records and rejects, the check that turns
 * orphan agreements and additions into rejects (docs/rules.md §3), and the keyset-paging readers that feed the
 * resolution and reconciliation steps from the staged data. Uses {@code input}, {@code vendor}, {@code psa},
 * {@code mapping} and {@code reconciliation} records, {@code run}, {@code sql}, Spring Batch and Spring JDBC.
 */
package com.msprecon.staging;
