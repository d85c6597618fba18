/**
 * The wiring and the command line: the {@code reconciliationJob} and {@code matchOnlyJob} configurations, the
 * launcher and its exit codes, graceful stop on SIGTERM, the progress and run-status listeners, and a test-only
 * fault injector. It may use every other package (and Spring Batch, Boot, JDBC, Mail); the other way round only
 * {@code ops}, {@code metrics} and the root package use it today, for {@code ExitCodes} and {@code LaunchArguments}.
 */
package com.msprecon.job;
