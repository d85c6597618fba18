/**
 * The Autotask (Datto) PSA adapter ({@code recon.psa.source=autotask-api}): zone discovery, query calls paged
 * through {@code nextPageUrl}, the hourly request threshold checked before each read, keyset-resumable readers
 * for Companies, Contracts and contract services with their units in force, and the mapping of Autotask JSON to
 * the {@code psa} records; for the apply job, the writer behind {@code psa.PsaChangeSink} (one
 * ContractServiceAdjustments create of {@code target - live} per change). Autotask's words stay here. Uses {@code psa}, {@code http}, {@code input} and
 * {@code run} (the as-of date of the step-scoped run); Spring Web, Spring Boot and Jackson.
 */
package com.msprecon.psa.autotask;
