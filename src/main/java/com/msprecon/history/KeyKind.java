package com.msprecon.history;

import com.msprecon.reconciliation.LineStatus;

/** What identifies a line from one run to the next (docs/rules.md R9). */
public enum KeyKind {

	/** a company line: (company_id, product_identifier) */
	COMPANY,
	/** a per-account line (UNMATCHED, EXCLUDED, UNMAPPED_SERVICE): (account_code, package; '' when none) */
	ACCOUNT;

	public static KeyKind of(LineStatus status) {
		return switch (status) {
			case UNMATCHED, EXCLUDED, UNMAPPED_SERVICE -> ACCOUNT;
			default -> COMPANY;
		};
	}

}
