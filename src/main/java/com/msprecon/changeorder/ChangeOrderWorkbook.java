package com.msprecon.changeorder;

import com.msprecon.run.RunContext;
import com.msprecon.matching.Candidate;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunInput;
import com.msprecon.staging.StagedData;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook finance receives (spec §5): Summary, PSA Change Orders, Mimecast Sync-Up, Review and All Lines.
 * Streamed with SXSSF from the stored results, so its size does not depend on the heap.
 */
public final class ChangeOrderWorkbook {

	/** The approval columns (R10) finance fills in; the apply job reads them back by these header names. */
	public static final String ORDER_KEY = "Order key";

	public static final String DECISION = "Decision";

	public static final String DECIDED_BY = "Decided by";

	public static final String DECISION_NOTE = "Decision note";

	public static final String CHANGE_ORDER_SHEET = "PSA Change Orders";

	static final List<Column> CHANGE_ORDER_COLUMNS = List.of(Column.text("Company ID", 12),
			Column.text("Company", 32), Column.text("Agreement ID", 13), Column.text("Agreement", 28),
			Column.text("Addition ID", 12), Column.text("Product", 16), Column.text("Action", 13),
			Column.quantity("Current qty"), Column.quantity("New qty"), Column.quantity("Delta"),
			Column.money("Unit price"), Column.money("Monthly impact"), Column.date("Effective date"),
			Column.yesNo("Approval required"), Column.text("Note", 50), Column.text(ORDER_KEY, 24), Column.text(DECISION, 11),
			Column.text(DECIDED_BY, 18), Column.text(DECISION_NOTE, 40));

	static final List<Column> SYNC_UP_COLUMNS = List.of(Column.text("Account code", 14), Column.text("Account", 32),
			Column.text("PSA company ID", 15), Column.text("PSA company", 32), Column.quantity("Contracted users"),
			Column.quantity("Actual users"), Column.quantity("Change"));

	static final List<Column> REVIEW_COLUMNS = List.of(Column.text("Review item", 22), Column.text("Account code", 14),
			Column.text("Account", 30), Column.quantity("Seats"), Column.text("Company ID", 12),
			Column.text("Company", 30), Column.score("Score"), Column.text("Reason", 60), Column.text("Candidate 1", 30),
			Column.score("Score 1"), Column.text("Candidate 2", 30), Column.score("Score 2"),
			Column.text("Candidate 3", 30), Column.score("Score 3"), Column.text("Source file", 22),
			Column.quantity("Line"), Column.text("Column", 18), Column.text("Record", 60));

	static final List<Column> LINE_COLUMNS = List.of(Column.text("Status", 17), Column.text("Account codes", 24),
			Column.text("Company ID", 12), Column.text("Company", 32), Column.text("Product / package", 30),
			Column.quantity("Vendor qty"), Column.quantity("PSA qty"), Column.quantity("Delta"),
			Column.money("Monthly impact"), Column.text("Note", 50));

	private ChangeOrderWorkbook() {
	}

	public static void write(RunContext run, List<RunInput> inputs, ResultReader results, StagedData staged,
			Currency currency,
			OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			WorkbookStyles styles = new WorkbookStyles(workbook, currency);
			summary(workbook.createSheet("Summary"), styles, run, inputs, results.statusTotals(), results.methodCounts());
			changeOrders(new SheetWriter(workbook.createSheet(CHANGE_ORDER_SHEET), styles, CHANGE_ORDER_COLUMNS, 0),
					results);
			syncUp(new SheetWriter(workbook.createSheet("Mimecast Sync-Up"), styles, SYNC_UP_COLUMNS, 0), results);
			review(new SheetWriter(workbook.createSheet("Review"), styles, REVIEW_COLUMNS, 0), results, staged);
			lines(new SheetWriter(workbook.createSheet("All Lines"), styles, LINE_COLUMNS, 0), results);
			workbook.forEach(ChangeOrderWorkbook::printOnePageWide);
			workbook.write(out);
		}
	}

	/** The review list alone (match-only runs): unmatched accounts, matches to confirm, rejects. */
	public static void writeReview(ResultReader results, StagedData staged, Currency currency, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook, currency);
			review(new SheetWriter(workbook.createSheet("Review"), styles, REVIEW_COLUMNS, 0), results, staged);
			workbook.forEach(ChangeOrderWorkbook::printOnePageWide);
			workbook.write(out);
		}
	}

	/** Printed, each sheet is landscape and one page wide (as many pages long as it needs). */
	private static void printOnePageWide(org.apache.poi.ss.usermodel.Sheet sheet) {
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void changeOrders(SheetWriter sheet, ResultReader results) {
		results.changeOrders(o -> sheet.row(o.companyId(), o.companyName(), o.agreementId(), o.agreementName(),
				o.additionId(), o.productIdentifier(), o.action().name(), o.currentQty(), o.newQty(), o.delta(),
				o.unitPrice(), o.monthlyImpact(), o.effectiveDate(), o.approvalRequired(), o.note(), o.orderKey(), null, null, null));
		sheet.choiceList(CHANGE_ORDER_COLUMNS.indexOf(Column.text(DECISION, 11)), "APPROVE", "REJECT");
		sheet.finish();
	}

	private static void syncUp(SheetWriter sheet, ResultReader results) {
		results.syncUp(s -> sheet.row(s.accountCode(), s.accountName(), s.companyId(), s.companyName(), s.userCount(),
				s.actualUsers(), s.change()));
		sheet.finish();
	}

	/** Unmatched accounts with candidates, automatic matches to confirm, unmapped services, then rejects. */
	private static void review(SheetWriter sheet, ResultReader results, StagedData staged) {
		results.resolutions(r -> {
			if (r.method() == ResolutionMethod.UNMATCHED || r.method() == ResolutionMethod.AUTO) {
				String item = r.method() == ResolutionMethod.AUTO ? "Automatic match to confirm" : "Unmatched account";
				List<Object> row = new ArrayList<>(List.of(item, r.accountCode(), r.accountName(), r.seats()));
				row.add(r.companyId());
				row.add(r.companyName());
				row.add(r.score());
				row.add(r.reason());
				for (int i = 0; i < 3; i++) {
					Candidate c = i < r.candidates().size() ? r.candidates().get(i) : null;
					row.add(c == null ? null : c.companyName() + " (" + c.companyId() + ")");
					row.add(c == null ? null : c.score());
				}
				row.add(null);
				row.add(null);
				row.add(null);
				row.add(null);
				sheet.row(row.toArray());
			}
		});
		results.unmappedServices((l, accountName) -> sheet.row("Unmapped service", String.join(";", l.accountCodes()),
				accountName, l.vendorQty(), l.companyId(), l.companyName(), null, l.note(), null, null, null, null, null,
				null, null, null, null, l.productIdentifier()));
		staged.rejects(r -> sheet.row("Rejected input record", null, null, null, null, null, null, r.reason(), null,
				null, null, null, null, null, r.source(), r.line(), r.column(), r.record()));
		sheet.finish();
	}

	private static void lines(SheetWriter sheet, ResultReader results) {
		results.lines(l -> sheet.row(l.status().name(), String.join(";", l.accountCodes()), l.companyId(),
				l.companyName(), l.productIdentifier(), l.vendorQty(), l.psaQty(), l.delta(), l.monthlyImpact(),
				l.note()));
		sheet.finish();
	}

	private static void summary(SXSSFSheet sheet, WorkbookStyles styles, RunContext run, List<RunInput> inputs,
			Map<LineStatus, StatusTotals> totals, Map<ResolutionMethod, Long> methods) {
		int[] widths = { 34, 18, 14, 14, 14, 70 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		var rows = new RowCursor(sheet, styles);
		rows.title("Licence reconciliation " + run.period());
		rows.pair("As-of date", run.asOfDate());
		rows.pair("Period", run.period());
		rows.pair("Run", run.runId());
		rows.pair("Attempt", run.attempt());
		rows.blank();
		rows.header("Lines by status", "Lines", "Vendor qty", "PSA qty", "Delta", "Monthly impact");
		BigDecimal impact = BigDecimal.ZERO;
		long lineCount = 0;
		for (StatusTotals t : totals.values()) {
			rows.values(t.status().name(), t.lines(), t.vendorQty(), t.psaQty(), t.delta(), t.monthlyImpact());
			impact = t.monthlyImpact() == null ? impact : impact.add(t.monthlyImpact());
			lineCount += t.lines();
		}
		rows.values("Total", lineCount, null, null, null, impact);
		rows.blank();
		rows.header("Vendor accounts by resolution", "Accounts");
		methods.forEach((method, count) -> rows.values(method.name(), count));
		rows.blank();
		rows.header("Input", "Records read", "Used", "Rejected", "Note", "SHA-256 / source");
		for (RunInput in : inputs) {
			rows.values(in.name(), in.read(), in.used(), in.rejected(), in.emptyFile() ? RunInput.EMPTY : null,
					in.sha256() != null ? in.sha256() : in.description());
		}
	}

	/** Writes the Summary sheet row by row. */
	private static final class RowCursor {

		private final SXSSFSheet sheet;

		private final WorkbookStyles styles;

		private int next;

		RowCursor(SXSSFSheet sheet, WorkbookStyles styles) {
			this.sheet = sheet;
			this.styles = styles;
		}

		void title(String text) {
			Cell cell = sheet.createRow(next++).createCell(0);
			cell.setCellValue(text);
			cell.setCellStyle(styles.title);
		}

		void pair(String label, Object value) {
			Row row = sheet.createRow(next++);
			row.createCell(0).setCellValue(label);
			Cell cell = row.createCell(1);
			if (value instanceof java.time.LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(styles.date);
			}
			else if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else {
				SheetWriter.text(cell, String.valueOf(value), styles);
			}
		}

		void header(String... labels) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < labels.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(labels[i]);
				cell.setCellStyle(styles.header);
			}
		}

		/** A label, counts, and (in column 5, 1-based 6) a money amount or text. */
		void values(String label, Object... values) {
			Row row = sheet.createRow(next++);
			SheetWriter.text(row.createCell(0), label, styles);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i + 1);
				if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
					cell.setCellStyle(i == 4 ? styles.money : styles.quantityFor(n));
				}
				else {
					SheetWriter.text(cell, String.valueOf(value), styles);
				}
			}
		}

		void blank() {
			next++;
		}

	}

}
