package com.msprecon.output;

import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.score;
import static com.msprecon.output.Column.text;

import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.ReviewOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Unmatched Accounts" (docs/rules.md R2): accounts no company was found for, the most seats first, each
 * with up to three candidates and a Decision column for the company id to put in the account map.
 */
final class UnmatchedAccountsSheet {

	static final String NAME = "Unmatched Accounts";

	static final List<Column<AccountResolution>> COLUMNS;

	static {
		List<Column<AccountResolution>> columns = new ArrayList<>(List.of(AccountColumns.ACCOUNT_CODE,
				AccountColumns.ACCOUNT, Column.<AccountResolution>quantity("Seats", AccountResolution::seats).withTotal(),
				Column.decision("Decision: company ID to map (or EXCLUDE)", 22)));
		for (int n = 0; n < 3; n++) {
			int i = n;
			columns.add(text("Candidate " + (n + 1), 30, r -> AccountColumns.candidate(r, i)));
			columns.add(score("Score " + (n + 1), r -> AccountColumns.candidateScore(r, i)));
		}
		columns.add(AccountColumns.REASON);
		COLUMNS = List.copyOf(columns);
	}

	private UnmatchedAccountsSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<AccountResolution> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.resolutions(ResolutionMethod.UNMATCHED, ReviewOrder.SEATS, sheet::row);
		sheet.finish("accounts");
	}

}
