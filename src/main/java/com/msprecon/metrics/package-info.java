/**
 * Pushes a run's metrics (status, duration, lines and monthly impact by status, per-step counts) to a Prometheus
 * Pushgateway when the run ends, off unless {@code recon.metrics.pushgateway-url} is set; a failed push only
 * warns. Uses {@code results} and {@code run} for what the run found, {@code reconciliation} for the statuses and
 * {@code job} for the exit code; Spring Batch, JDBC and {@code RestClient}.
 */
package com.msprecon.metrics;
