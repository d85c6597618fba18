/**
 * The operator commands besides running (docs/rules.md §1): {@code runs}, {@code recover}, {@code abandon} and
 * {@code export}, and the identifying job parameters of a run ({@code RunParameters}). Uses {@code job} (launch
 * arguments, exit codes), {@code changeorder} (to export a completed run again), {@code run} (its period) and
 * Spring Batch's job operator and repository.
 */
package com.msprecon.ops;
