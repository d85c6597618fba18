/**
 * The mapping tables (docs/rules.md §2.3): the {@code MappingTableSource} port and its file implementation
 * (strict reading of {@code account-map.csv} and {@code service-map.csv}: a bad row fails the run), the
 * service-map lookup of R4, the owner of the stored tables ({@code MappingStore}: {@code map_account},
 * {@code map_service}, SQL in {@code sql/mapping/}), and the step that loads them and checks every mapped company
 * exists (R2). Uses {@code input} (CSV reading), {@code run} (hashes, input records), {@code sql}, Spring Batch
 * and Spring JDBC.
 */
package com.msprecon.mapping;
