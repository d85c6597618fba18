package com.msprecon.output;

import static com.msprecon.output.Column.date;
import static com.msprecon.output.Column.money;
import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.text;
import static com.msprecon.output.Column.yesNo;

import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.results.ResultReader;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet "PSA Change Orders": what to change in the PSA (docs/rules.md R7), one row per order. */
final class ChangeOrdersSheet {

	static final String NAME = "PSA Change Orders";

	static final List<Column<ChangeOrder>> COLUMNS = List.of(text("Company ID", 12, ChangeOrder::companyId),
			text("Company", 32, ChangeOrder::companyName), text("Agreement ID", 13, ChangeOrder::agreementId),
			text("Agreement", 28, ChangeOrder::agreementName), text("Addition ID", 12, ChangeOrder::additionId),
			text("Product", 16, ChangeOrder::productIdentifier), text("Action", 13, o -> o.action().name()),
			quantity("Current qty", ChangeOrder::currentQty), quantity("New qty", ChangeOrder::newQty),
			quantity("Delta", ChangeOrder::delta), money("Unit price", ChangeOrder::unitPrice),
			money("Monthly impact", ChangeOrder::monthlyImpact), date("Effective date", ChangeOrder::effectiveDate),
			yesNo("Approval required", ChangeOrder::approvalRequired), text("Note", 50, ChangeOrder::note));

	private ChangeOrdersSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<ChangeOrder> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.changeOrders(sheet::row);
		sheet.finish("orders");
	}

}
