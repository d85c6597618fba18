package com.msprecon.history;

import com.msprecon.reconciliation.ResolutionMethod;

/**
 * One vendor account whose resolution changed since the previous run (docs/rules.md R9). The previous fields are
 * {@code null} for NEW, the current ones for GONE; a company is {@code null} when the account had none
 * (UNMATCHED, EXCLUDED).
 */
public record AccountChange(AccountChangeClass changeClass, String accountCode, String accountName,
		ResolutionMethod previousMethod, String previousCompanyId, String previousCompanyName,
		ResolutionMethod currentMethod, String currentCompanyId, String currentCompanyName) {

}
