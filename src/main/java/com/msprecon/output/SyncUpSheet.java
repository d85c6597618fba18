package com.msprecon.output;

import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.text;

import com.msprecon.reconciliation.SyncUpLine;
import com.msprecon.results.ResultReader;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet "Mimecast Sync-Up": the change order for the vendor's partner portal (docs/rules.md R8). */
final class SyncUpSheet {

	static final String NAME = "Mimecast Sync-Up";

	static final List<Column<SyncUpLine>> COLUMNS = List.of(text("Account code", 14, SyncUpLine::accountCode),
			text("Account", 32, SyncUpLine::accountName), text("PSA company ID", 15, SyncUpLine::companyId),
			text("PSA company", 32, SyncUpLine::companyName), quantity("Contracted users", SyncUpLine::userCount),
			quantity("Actual users", SyncUpLine::actualUsers), quantity("Change", SyncUpLine::change));

	private SyncUpSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<SyncUpLine> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.syncUp(sheet::row);
		sheet.finish();
	}

}
