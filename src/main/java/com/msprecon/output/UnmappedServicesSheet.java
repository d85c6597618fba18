package com.msprecon.output;

import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.text;

import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.results.ResultReader;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Unmapped Services" (docs/rules.md R4): vendor packages the service map does not name, per account, the
 * most seats first; the fix is a row in the service map.
 */
final class UnmappedServicesSheet {

	static final String NAME = "Unmapped Services";

	/** An unmapped-service line with the name of its account. */
	record Item(ReconciliationLine line, String accountName) {

	}

	static final List<Column<Item>> COLUMNS = List.of(text("Package", 36, i -> i.line().productIdentifier()),
			text("Account code", 14, i -> String.join(";", i.line().accountCodes())),
			text("Account", 30, Item::accountName),
			Column.<Item>quantity("Seats", i -> i.line().vendorQty()).withTotal(),
			text("Company", 30, i -> i.line().companyName()), text("Company ID", 12, i -> i.line().companyId()),
			text("Note", 60, i -> i.line().note()));

	private UnmappedServicesSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<Item> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.unmappedServices((line, accountName) -> sheet.row(new Item(line, accountName)));
		sheet.finish("packages");
	}

}
