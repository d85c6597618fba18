package com.msprecon.output;

import com.msprecon.matching.Candidate;
import com.msprecon.reconciliation.AccountResolution;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a vendor account was resolved (docs/rules.md R2, R3): the columns of the review sheets and account-matches.csv. */
final class AccountColumns {

	static final Column<AccountResolution> ACCOUNT_CODE = Column.<AccountResolution>text("Account code", 14, AccountResolution::accountCode)
		.csv("account_code");

	static final Column<AccountResolution> ACCOUNT = Column.<AccountResolution>text("Account", 30, AccountResolution::accountName)
		.csv("account_name");

	static final Column<AccountResolution> COMPANY_ID = Column.<AccountResolution>text("Company ID", 12, AccountResolution::companyId)
		.csv("company_id");

	static final Column<AccountResolution> COMPANY = Column.<AccountResolution>text("Company", 30, AccountResolution::companyName)
		.csv("company_name");

	static final Column<AccountResolution> METHOD = Column.<AccountResolution>text("Method", 10, r -> r.method().name()).csv("method");

	static final Column<AccountResolution> SCORE = Column.<AccountResolution>score("Score", AccountResolution::score).csv("score");

	static final Column<AccountResolution> REASON = Column.<AccountResolution>text("Reason", 60, AccountResolution::reason).csv("reason");

	static final Column<AccountResolution> CANDIDATES = Column.<AccountResolution>text("Candidates", 60,
			r -> r.candidates()
				.stream()
				.map(c -> c.companyName() + " (" + c.companyId() + ") " + String.format(Locale.ROOT, "%.4f", c.score()))
				.collect(Collectors.joining("; ")))
		.csv("candidates");

	/** {@code account-matches.csv} (docs/rules.md §5). */
	static final List<Column<AccountResolution>> CSV_COLUMNS = List.of(ACCOUNT_CODE, ACCOUNT, COMPANY_ID, COMPANY,
			METHOD, SCORE, REASON, CANDIDATES);

	private AccountColumns() {
	}

	/** The n-th candidate (0-based) as {@code name (id)}, or null. */
	static String candidate(AccountResolution r, int n) {
		Candidate c = n < r.candidates().size() ? r.candidates().get(n) : null;
		return c == null ? null : c.companyName() + " (" + c.companyId() + ")";
	}

	static Double candidateScore(AccountResolution r, int n) {
		return n < r.candidates().size() ? r.candidates().get(n).score() : null;
	}

}
