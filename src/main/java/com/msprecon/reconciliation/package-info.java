/**
 * The rules as plain, testable classes: account resolution, vendor seats and the Sync-Up (docs/rules.md R2, R4,
 * R8) per vendor account, and active additions, PSA quantities, statuses and PSA change orders (R1, R5-R7) per
 * company, with the records and enums of the product's vocabulary. No Spring, no database: uses {@code psa},
 * {@code vendor}, {@code mapping} (the service map), {@code matching} and the root package's seat basis.
 */
package com.msprecon.reconciliation;
