/**
 * Actual users (docs/rules.md §4.3): the port {@code UsageSource} chosen by {@code recon.usage.source}, the
 * usage count records, their staging and the linking rule that gives each vendor account its actual users
 * (tenant map, then verified domain; ambiguity goes to review) and records where they came from. Adapters live
 * in {@code usage.file} and {@code usage.graph}. Uses {@code input}, {@code run}, {@code staging}, {@code sql},
 * Spring Batch, Spring JDBC and Spring Boot's binder.
 */
package com.msprecon.usage;
