package com.msprecon.output;

import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.ReviewOrder;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Matches to Confirm" (docs/rules.md R3): the automatic matches, the least sure first, each with the
 * signal that decided and a Decision column (CONFIRM or REJECT) for the person who checks it.
 */
final class AutoMatchesSheet {

	static final String NAME = "Matches to Confirm";

	static final List<String> DECISIONS = List.of("CONFIRM", "REJECT");

	static final List<Column<AccountResolution>> COLUMNS = List.of(AccountColumns.ACCOUNT_CODE, AccountColumns.ACCOUNT,
			AccountColumns.COMPANY, AccountColumns.COMPANY_ID, AccountColumns.SCORE,
			Column.decision("Decision: CONFIRM or REJECT", 16),
			Column.<AccountResolution>quantity("Seats", AccountResolution::seats).withTotal(), AccountColumns.REASON);

	private AutoMatchesSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<AccountResolution> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.resolutions(ResolutionMethod.AUTO, ReviewOrder.SCORE, sheet::row);
		sheet.finish("accounts");
		sheet.choices(5, DECISIONS);
	}

}
