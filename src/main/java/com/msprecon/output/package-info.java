/**
 * Every output of a run (docs/rules.md §5): the workbook for finance (Apache POI, streamed; one class per sheet, each
 * a list of declared {@link com.msprecon.output.Column}s that the CSV files reuse where they hold the same data), the
 * CSV files and the proposed account map, each written under a temporary name and moved into place, and the export step. Reads
 * only stored results: uses {@code results}, {@code run} (inputs and hashes), {@code staging} (the run's account
 * map) and the vocabulary of {@code reconciliation}, {@code matching} and {@code mapping}; Commons CSV, Spring
 * Batch and JDBC.
 */
package com.msprecon.output;
