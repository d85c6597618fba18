/**
 * Reading CSV inputs (docs/rules.md §3): the file format, typed and validated fields, rejects naming file, line,
 * column and reason, a restartable reader that keeps read = used + rejected, and the records every source uses
 * ({@code InputRow}, {@code InputReject}, {@code SourceInput}). Depends on no other package of the application;
 * Commons CSV, Commons IO and Spring Batch only.
 */
package com.msprecon.input;
