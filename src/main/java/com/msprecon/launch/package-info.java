/**
 * Launching, as a feature of its own (docs/rules.md §1): the command line ({@code LaunchRunner}, its arguments),
 * the operator commands {@code runs}, {@code recover}, {@code abandon} and {@code export}, and graceful stop on
 * SIGTERM. It works over every {@code LaunchableJob} a job configuration declares, so a new job needs no change
 * here; a job whose runs are named by more than their key (the apply job) gives its own job parameters. Uses {@code run} (run key, context, exit codes), {@code http} (the stop signal of API waits) and Spring
 * Batch's job operator and repository; it knows no job by name.
 */
package com.msprecon.launch;
