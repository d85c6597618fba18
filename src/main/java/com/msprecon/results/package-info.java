/**
 * Owns a run's stored results (docs/rules.md §5, item 1) and their SQL in {@code sql/results/}: idempotent
 * batched writes of resolutions, vendor contributions, lines, Sync-Up lines and change orders, each keyed by run
 * and business key, and reading them back in output order. Uses {@code reconciliation} (what it stores),
 * {@code matching} (candidates), {@code sql} and Spring JDBC; never another package's tables.
 */
package com.msprecon.results;
