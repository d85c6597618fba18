/**
 * The wiring: one {@code @Configuration} per job ({@code reconciliationJob}, {@code matchOnlyJob},
 * {@code applyChangeOrdersJob}) saying which
 * steps in which order with which reader, processor and writer; the shared beans (the step-scoped
 * {@code RunContext}, the clock); {@code JobSteps}, which builds every step the same way; and the listeners every
 * step or job gets (progress, run status). It may use every other package; none uses it.
 */
package com.msprecon.job;
