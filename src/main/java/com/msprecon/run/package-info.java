/**
 * What a run is: its key ({@code RunKey}: msp, as-of date, attempt, and so its period and job parameters), the
 * context a step works in ({@code RunContext}), the process exit codes, the run register ({@code recon_run}) and
 * the provenance of each run's inputs ({@code recon_input}: source, SHA-256, read / used / rejected), and the step
 * that registers a run and hashes its inputs (docs/rules.md §1). Uses {@code input} (source inputs, input
 * errors), {@code sql}, Spring Batch and Spring JDBC.
 */
package com.msprecon.run;
