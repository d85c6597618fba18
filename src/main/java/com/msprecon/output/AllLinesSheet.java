package com.msprecon.output;

import com.msprecon.history.LineChange;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.results.ResultReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "All Lines": every reconciliation line (docs/rules.md R6) as a decision list: the discrepancies first,
 * the largest monthly impact first, the matches last, and the net monthly impact at the end.
 * {@code reconciliation-lines.csv} holds the same columns in the order of docs/rules.md §5, in key order.
 */
final class AllLinesSheet {

	static final String NAME = "All Lines";

	static final Column<ReconciliationLine> STATUS = Column.<ReconciliationLine>status("Status", l -> l.status().name()).csv("status");

	static final Column<ReconciliationLine> ACCOUNT_CODES = Column.<ReconciliationLine>text("Account codes", 24,
			l -> String.join(";", l.accountCodes())).csv("account_codes");

	static final Column<ReconciliationLine> COMPANY_ID = Column.<ReconciliationLine>text("Company ID", 12, ReconciliationLine::companyId)
		.csv("company_id");

	static final Column<ReconciliationLine> COMPANY = Column.<ReconciliationLine>text("Company", 32, ReconciliationLine::companyName)
		.csv("company_name");

	static final Column<ReconciliationLine> PRODUCT = Column.<ReconciliationLine>text("Product / package", 30,
			ReconciliationLine::productIdentifier).csv("product_identifier");

	static final Column<ReconciliationLine> VENDOR_QTY = Column.<ReconciliationLine>quantity("Vendor qty", ReconciliationLine::vendorQty)
		.csv("vendor_qty");

	static final Column<ReconciliationLine> PSA_QTY = Column.<ReconciliationLine>quantity("PSA qty", ReconciliationLine::psaQty).csv("psa_qty");

	static final Column<ReconciliationLine> DELTA = Column.<ReconciliationLine>change("Delta", ReconciliationLine::delta)
		.csv("delta");

	static final Column<ReconciliationLine> MONTHLY_IMPACT = Column.<ReconciliationLine>money("Monthly impact", ReconciliationLine::monthlyImpact)
		.csv("monthly_impact");

	static final Column<ReconciliationLine> NOTE = Column.<ReconciliationLine>text("Note", 50, ReconciliationLine::note).csv("note");

	static final List<Column<ReconciliationLine>> COLUMNS = List.of(STATUS, COMPANY, PRODUCT, VENDOR_QTY, PSA_QTY,
			DELTA, MONTHLY_IMPACT.withTotal(), ACCOUNT_CODES, COMPANY_ID, NOTE);

	/**
	 * {@code reconciliation-lines.csv}: the same columns, status after the quantities, then R9's class of the line
	 * ({@code since_last_month}: NEW, PERSISTING, CHANGED, or RESOLVED for a line that is a match again; empty for a
	 * line that is no discrepancy now and was none) and its {@code months_open}.
	 *
	 * @param changes R9's classes by line key ({@code HistoryReader#byCurrentLineKey})
	 */
	static List<Column<ReconciliationLine>> csvColumns(Map<String, LineChange> changes) {
		return List.of(ACCOUNT_CODES, COMPANY_ID, COMPANY, PRODUCT, VENDOR_QTY, PSA_QTY, DELTA, STATUS, MONTHLY_IMPACT,
				NOTE, Column.<ReconciliationLine>text("Since last month", 16, l -> Optional.ofNullable(changes.get(l.lineKey()))
					.map(c -> c.changeClass().name())
					.orElse(null)).csv("since_last_month"),
				Column.<ReconciliationLine>quantity("Months open", l -> Optional.ofNullable(changes.get(l.lineKey()))
					.map(LineChange::monthsOpen)
					.orElse(null)).csv("months_open"));
	}

	private AllLinesSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<ReconciliationLine> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.linesByImpact(sheet::row);
		sheet.finish("lines");
	}

}
