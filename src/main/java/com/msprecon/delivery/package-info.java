/**
 * Mails the exported workbook to finance ({@code deliverOutputsStep}, off unless {@code recon.delivery.mail-to}
 * is set), as a step of its own so that a failed mail fails only that step and its rerun sends it once. Uses
 * {@code results} for the counts and {@code output} for the run's identity and summary text; Spring Mail
 * (Jakarta Mail) and Spring Batch.
 */
package com.msprecon.delivery;
