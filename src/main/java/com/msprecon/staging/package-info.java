/**
 * Owns the staging tables ({@code stg_vendor_account}, {@code stg_psa_*}) and the rejects ({@code input_reject}),
 * with their SQL in {@code sql/staging/}: the chunk writer that stores each source's records and rejects
 * ({@code StagingTable} says each table's columns), the check that turns orphan agreements and additions into
 * rejects (docs/rules.md §3), the counts per input, and the keyset-paging readers that feed the resolution and
 * reconciliation steps, and {@code TableStatistics}, which has PostgreSQL analyse a table a step filled (its
 * own, and the results' and history's, whose names the job configuration gives it) when the planner's estimate of the
 * run's rows is far off (below half of them, above four times as many). Uses {@code input}, {@code vendor}, {@code psa} and {@code reconciliation} records,
 * {@code run}, {@code sql}, Spring Batch and Spring JDBC; never another package's tables.
 */
package com.msprecon.staging;
