/**
 * The mapping tables (docs/rules.md §2.3): strict reading of {@code account-map.csv} and {@code service-map.csv}
 * (a bad row fails the run), the service-map lookup of R4, and the step that checks every mapped company exists
 * (R2) and stores both tables with the run and their SHA-256. Uses {@code input} (CSV reading), {@code run}
 * (hashes, input records), {@code sql}, Spring Batch and Spring JDBC.
 */
package com.msprecon.mapping;
