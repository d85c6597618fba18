/**
 * Month over month (docs/rules.md §4.1, R9): which run a run is compared with, the classes of its lines (NEW,
 * PERSISTING with the months a key has been open, CHANGED, RESOLVED), the changes of its account resolutions, and the
 * recoverable revenue of the last 12 periods, all computed from the stored results of the runs and stored with the run
 * ({@code history_*} tables, SQL in {@code sql/history/}). The rule is {@code MonthOverMonthRule}; the step is
 * {@code CompareWithPreviousRunTasklet}; the outputs read the stored comparison through {@code HistoryReader}. Uses
 * {@code reconciliation} (line statuses, resolution methods), {@code results} (status totals), {@code run}, {@code sql},
 * Spring Batch and Spring JDBC.
 */
package com.msprecon.history;
