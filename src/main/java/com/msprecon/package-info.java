/**
 * The application's entry point ({@code ReconApplication}) and its top-level settings ({@code ReconProperties},
 * {@code recon.*}, including the seat basis of docs/rules.md R4). Uses only Spring Boot and {@code job} (the
 * exit code of an application that could not start); the settings are read by {@code job}, the file sources
 * and {@code reconciliation}.
 */
package com.msprecon;
