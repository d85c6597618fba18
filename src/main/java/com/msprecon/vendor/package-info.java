/**
 * The vendor's (Mimecast's) account record (docs/rules.md §2.1) and the port {@code VendorAccountSource} through
 * which the staging step reads accounts, whatever the source. Uses only {@code input} (rows, source inputs) and
 * Spring Batch's reader interface; the implementations live in {@code vendor.file} and {@code vendor.mimecast}.
 */
package com.msprecon.vendor;
