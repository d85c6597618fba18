/**
 * The PSA's records (docs/rules.md §2.2: company, agreement, addition), the port {@code PsaSource} through which
 * the staging steps read them, and the port {@code PsaChangeSink} through which the apply job writes approved
 * change orders (R11), whatever the PSA. Uses only {@code input} (rows, source inputs) and Spring Batch's reader
 * interface; the implementations live in {@code psa.file} and {@code psa.connectwise}.
 */
package com.msprecon.psa;
