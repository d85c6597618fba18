/**
 * A run's stored results (docs/rules.md §5, item 1): idempotent batched writes of resolutions, contributions,
 * lines, Sync-Up lines and change orders, each keyed by run and business key, and reading them back in output
 * order. Uses {@code reconciliation} (what it stores), {@code matching} (candidates), {@code input} (rejects),
 * {@code sql} and Spring JDBC.
 */
package com.msprecon.results;
