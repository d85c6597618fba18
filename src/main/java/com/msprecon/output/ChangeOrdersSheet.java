package com.msprecon.output;

import static com.msprecon.output.Column.change;
import static com.msprecon.output.Column.date;
import static com.msprecon.output.Column.money;
import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.status;
import static com.msprecon.output.Column.text;
import static com.msprecon.output.Column.yesNo;

import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.OrderInContext;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "PSA Change Orders": what to change in the PSA (docs/rules.md R7), one row per order, the largest monthly
 * impact first, each with the status behind it, the vendor accounts and, for a new line on a company with several
 * active agreements, the agreements to choose from; a new line that an earlier run's applied order already added
 * (it starts after this run's date) says so (R12).
 */
final class ChangeOrdersSheet {

	static final String NAME = "PSA Change Orders";

	/** The columns, with R12's "Applied earlier" from {@code appliedEarlier} (order key to its sentence). */
	static List<Column<OrderInContext>> columns(Map<String, String> appliedEarlier) {
		return List.of(text("Company", 32, o -> o.order().companyName()),
			text("Company ID", 12, o -> o.order().companyId()),
			text("PSA identifier", 16, OrderInContext::companyIdentifier),
			status("Status", o -> o.status().name()), text("Action", 13, o -> o.order().action().name()),
			text("Product", 16, o -> o.order().productIdentifier()),
			quantity("Current qty", o -> o.order().currentQty()), quantity("New qty", o -> o.order().newQty()),
			change("Delta", o -> o.order().delta()), money("Unit price", o -> o.order().unitPrice()),
			Column.<OrderInContext>money("Monthly impact", o -> o.order().monthlyImpact()).withTotal(),
			yesNo("Approval required", o -> o.order().approvalRequired()),
			date("Effective date", o -> o.order().effectiveDate()),
			text("Agreement", 28, o -> o.order().agreementName()),
			text("Agreement ID", 13, o -> o.order().agreementId()),
			text("Addition ID", 12, o -> o.order().additionId()),
			text("Mimecast accounts", 24, o -> String.join("; ", o.accountCodes())),
			text("Candidate agreements", 50,
					o -> o.candidateAgreements().isEmpty() ? null : String.join("; ", o.candidateAgreements())),
			text("Note", 50, o -> o.order().note()),
			text("Applied earlier", 50, o -> appliedEarlier.get(o.order().orderKey())),
			// R10: finance decides here; the apply job reads these columns back by their headers
			text(ApprovalColumns.ORDER_KEY, 24, o -> o.order().orderKey()),
			text(ApprovalColumns.DECISION, 11, o -> null), text(ApprovalColumns.DECIDED_BY, 18, o -> null),
			text(ApprovalColumns.DECISION_NOTE, 40, o -> null));
	}

	private static final int DECISION_COLUMN = columns(Map.of()).stream().map(Column::header).toList()
		.indexOf(ApprovalColumns.DECISION);

	private ChangeOrdersSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results,
			Map<String, String> appliedEarlier) {
		SheetWriter<OrderInContext> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles,
				columns(appliedEarlier));
		results.changeOrdersInContext(sheet::row);
		sheet.choices(DECISION_COLUMN, ApprovalColumns.DECISIONS);
		sheet.finish("orders");
	}

}
