/**
 * Closing the loop (docs/rules.md R10–R12): finance's decisions on a completed reconciliation run's PSA change
 * orders come in as a CSV or the returned workbook ({@code ApprovalFiles}, checked by {@code ApprovalRules}), and
 * the apply job previews or applies the approved orders through the {@code psa.PsaChangeSink} port
 * ({@code OrderApplier}), keeping a ledger of every attempt ({@code ApplyStore}) so that a rerun never applies an
 * order twice. Writes {@code psa-change-orders.csv} for the reconciliation run and
 * {@code applied-changes-<period>} (CSV and workbook) for the apply run. Uses {@code reconciliation} (the orders),
 * {@code psa} (the write port), {@code run} (run identity, hashes), {@code sql} and {@code output} (atomic
 * files, formula-safe text, the approval column names).
 */
package com.msprecon.apply;
