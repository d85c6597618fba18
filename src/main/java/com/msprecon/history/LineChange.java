package com.msprecon.history;

/**
 * One compared key of a run (docs/rules.md R9).
 *
 * @param kind whether the key is (company, product) or (account, package)
 * @param keyId the company id, or the account code
 * @param keyItem the product identifier, or the package ('' for UNMATCHED and EXCLUDED)
 * @param monthsOpen for NEW, PERSISTING and CHANGED: the back-to-back periods in which the key has been a discrepancy,
 * this one included; {@code null} for RESOLVED
 * @param companyName the company's name in this run, else in the previous run; {@code null} for an unresolved account
 * @param current the key's line in this run; {@code null} for a RESOLVED key that is gone
 * @param previous the key's discrepancy line in the previous run; {@code null} for NEW
 */
public record LineChange(ChangeClass changeClass, Integer monthsOpen, KeyKind kind, String keyId, String keyItem,
		String companyId, String companyName, LineState current, LineState previous) {

}
