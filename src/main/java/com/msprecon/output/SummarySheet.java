package com.msprecon.output;

import com.msprecon.history.HistoryReader;
import com.msprecon.history.PeriodRevenue;
import com.msprecon.history.PreviousRun;
import com.msprecon.staging.StagedData;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet "Summary" (docs/rules.md §5). Its first ten rows tell the story: period and MSP, when the run was as of
 * and when it ran, then the headline figures, each a number of its own with what it is. A chart of the monthly
 * impact by status follows, then the detail tables: the run, lines by status, accounts by resolution, the inputs.
 * Next to each headline figure its change since the previous run (R9), when there is one; the detail tables include
 * the R9 counts, and where history exists a chart of the last 12 months' recoverable revenue.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	/** The first row of the table "Lines by status", where the chart reads its figures. */
	private static final int STATUS_TABLE = 30;

	private SummarySheet() {
	}

	/** @param previous the headline figures of the run this one is compared with (R9); empty when there is none */
	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, RunContext run, LocalDateTime startedAt,
			List<RunInput> inputs, ResultReader results, StagedData staged, String vendorName, HistoryReader history,
			Optional<Headlines> previous) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		int[] widths = { 36, 18, 17, 17, 14, 16, 70 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		Map<LineStatus, StatusTotals> totals = results.statusTotals();
		Headlines h = Headlines.of(results, staged);
		Headlines p = previous.orElse(null);
		var rows = new Rows(sheet, styles);

		rows.title("Licence reconciliation " + run.period() + ", MSP " + run.msp());
		Row when = rows.next();
		rows.label(when, 0, "As-of date");
		rows.date(when.createCell(1), run.asOfDate());
		rows.label(when, 2, "Ran");
		rows.dateTime(when.createCell(3), startedAt);
		rows.header("Headline figures", "Per month / count", "Since last month", "What it is");
		rows.headline("Recoverable revenue per month", h.recoverablePerMonth(), p == null ? null : p.recoverablePerMonth(),
				"UNDER_BILLED and NOT_BILLED: seats the MSP pays for and does not bill (PSA Change Orders)");
		rows.headline("Refunds due per month", h.refundsPerMonth(), p == null ? null : p.refundsPerMonth(),
				"OVER_BILLED and NOT_IN_VENDOR: customers billed for seats they do not have (PSA Change Orders)");
		rows.headline(vendorName + " seats to add", h.vendorSeatsToAdd(), p == null ? null : p.vendorSeatsToAdd(),
				"upsells to enter in the partner portal (" + SyncUpSheet.name(vendorName) + ")");
		rows.headline(vendorName + " seats to remove", h.vendorSeatsToRemove(),
				p == null ? null : p.vendorSeatsToRemove(),
				"downsells to enter in the partner portal (" + SyncUpSheet.name(vendorName) + ")");
		rows.headline("Accounts to review", h.accountsToReview(), p == null ? null : p.accountsToReview(),
				h.unmatchedAccounts() + " to map (" + UnmatchedAccountsSheet.NAME + "), " + h.matchesToConfirm()
						+ " automatic matches to confirm (" + AutoMatchesSheet.NAME + ")");
		rows.headline("Services to review", h.unmappedServices(), p == null ? null : p.unmappedServices(),
				"packages the service map does not name (" + UnmappedServicesSheet.NAME + ")");
		rows.headline("Rejected input records", h.rejectedRecords(), p == null ? null : p.rejectedRecords(),
				"records not used, with file, line, column and reason (" + RejectedRecordsSheet.NAME + ")");

		rows.skipTo(STATUS_TABLE - 7);
		rows.header("Run", "");
		rows.pair("Period", run.period());
		rows.pair("MSP", run.msp());
		rows.pair("Run", run.runId());
		rows.pair("Attempt", run.attempt());
		rows.skipTo(STATUS_TABLE - 1);
		rows.header("Lines by status", "Lines", "Vendor qty", "PSA qty", "Delta", "Monthly impact");
		BigDecimal impact = BigDecimal.ZERO;
		long lineCount = 0;
		for (StatusTotals t : totals.values()) {
			Row row = rows.next();
			Cell status = row.createCell(0);
			status.setCellValue(t.status().name());
			status.setCellStyle(styles.status(t.status().name()));
			rows.quantity(row, 1, t.lines());
			rows.quantity(row, 2, t.vendorQty());
			rows.quantity(row, 3, t.psaQty());
			rows.number(row.createCell(4), t.delta(), t.delta() == null ? null : styles.signedFor(t.delta()));
			rows.number(row.createCell(5), t.monthlyImpact(), styles.money);
			impact = t.monthlyImpact() == null ? impact : impact.add(t.monthlyImpact());
			lineCount += t.lines();
		}
		Row total = rows.next();
		rows.label(total, 0, "Total");
		rows.number(total.createCell(1), lineCount, styles.totalWhole);
		rows.number(total.createCell(5), impact, styles.totalMoney);
		rows.blank();
		rows.header("Vendor accounts by resolution", "Accounts");
		results.methodCounts().forEach((method, count) -> {
			Row row = rows.next();
			SheetWriter.text(row.createCell(0), method.name(), styles);
			rows.quantity(row, 1, count);
		});
		rows.blank();
		sinceLastMonth(rows, styles, history);
		rows.blank();
		rows.header("Input", "Records read", "Used", "Rejected", "Note", "", "SHA-256 / source");
		for (RunInput in : inputs) {
			Row row = rows.next();
			SheetWriter.text(row.createCell(0), in.name(), styles);
			rows.quantity(row, 1, in.read());
			rows.quantity(row, 2, in.used());
			rows.quantity(row, 3, in.rejected());
			if (in.emptyFile()) {
				SheetWriter.text(row.createCell(4), RunInput.EMPTY, styles);
			}
			SheetWriter.text(row.createCell(6), in.sha256() != null ? in.sha256() : in.description(), styles);
		}
		List<PeriodRevenue> revenue = history.recoverableRevenue();
		int revenueTable = -1;
		if (revenue.stream().filter(PeriodRevenue::hasRun).count() > 1) {
			rows.blank();
			revenueTable = rows.position() + 1;
			rows.header("Recoverable revenue per month", "Amount", "Run");
			for (PeriodRevenue period : revenue) {
				Row row = rows.next();
				SheetWriter.text(row.createCell(0), period.period().toString(), styles);
				rows.number(row.createCell(1), period.recoverable(), styles.money);
				rows.number(row.createCell(2), period.runId(), styles.wholeQuantity);
			}
		}
		// rows 11 to 21, between the headline figures and the detail tables
		XSSFSheet drawn = workbook.getXSSFWorkbook().getSheet(NAME);
		XSSFDrawing drawing = drawn.createDrawingPatriarch();
		SummaryChart.draw(drawn, drawing, 11, STATUS_TABLE - 8, STATUS_TABLE, totals,
				styles.money.getDataFormatString());
		if (revenueTable >= 0) {
			SummaryChart.drawRevenue(drawn, drawing, 11, STATUS_TABLE - 8, revenueTable, revenue,
					styles.money.getDataFormatString());
		}
	}

	/** R9's counts: the classes of this run's discrepancy keys and account changes, and what they compare with. */
	private static void sinceLastMonth(Rows rows, WorkbookStyles styles, HistoryReader history) {
		rows.header("Since last month", "Lines");
		Optional<PreviousRun> previous = history.previousRun();
		Row compared = rows.next();
		SheetWriter.text(compared.createCell(0), previous.map(p -> "Compared with the run of " + p.period() + " (as of "
				+ p.asOfDate() + ", attempt " + p.attempt() + ")" + (p.adjacent() ? "" : "; a month without a run lies "
						+ "between"))
			.orElse(history.isCompared() ? "No earlier run of this MSP to compare with: every discrepancy is NEW"
					: "This run was not compared with an earlier one (it ran before the comparison was stored)"),
				styles);
		history.counts().forEach((change, count) -> {
			Row row = rows.next();
			SheetWriter.text(row.createCell(0), change.name() + " discrepancies", styles);
			rows.quantity(row, 1, count);
		});
		history.accountCounts().forEach((change, count) -> {
			Row row = rows.next();
			SheetWriter.text(row.createCell(0), change.name() + " vendor accounts", styles);
			rows.quantity(row, 1, count);
		});
	}

	/** Writes the sheet row by row. */
	private static final class Rows {

		private final SXSSFSheet sheet;

		private final WorkbookStyles styles;

		private int next;

		Rows(SXSSFSheet sheet, WorkbookStyles styles) {
			this.sheet = sheet;
			this.styles = styles;
		}

		Row next() {
			return sheet.createRow(next++);
		}

		void blank() {
			next++;
		}

		/** The index of the row written last. */
		int position() {
			return next - 1;
		}

		void skipTo(int row) {
			next = Math.max(next, row);
		}

		void title(String text) {
			Cell cell = next().createCell(0);
			cell.setCellValue(text);
			cell.setCellStyle(styles.title);
		}

		void label(Row row, int column, String text) {
			Cell cell = row.createCell(column);
			cell.setCellValue(text);
			cell.setCellStyle(styles.label);
		}

		void header(String... labels) {
			Row row = next();
			for (int i = 0; i < labels.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(labels[i]);
				cell.setCellStyle(styles.header);
			}
		}

		/** A figure, its change since the previous run's ({@code previous} null: no previous run), what it is. */
		void headline(String label, Object figure, Object previous, String what) {
			Row row = next();
			label(row, 0, label);
			Cell cell = row.createCell(1);
			if (figure instanceof BigDecimal money) {
				cell.setCellValue(money.doubleValue());
				cell.setCellStyle(styles.headlineMoney);
				if (previous != null) {
					number(row.createCell(2), money.subtract((BigDecimal) previous), styles.signedMoney);
				}
			}
			else {
				cell.setCellValue(((Number) figure).doubleValue());
				cell.setCellStyle(styles.headline);
				if (previous != null) {
					number(row.createCell(2), ((Number) figure).longValue() - ((Number) previous).longValue(),
							styles.signedWhole);
				}
			}
			Cell explanation = row.createCell(3);
			explanation.setCellValue(what);
			explanation.setCellStyle(styles.note);
		}

		void pair(String label, Object value) {
			Row row = next();
			row.createCell(0).setCellValue(label);
			if (value instanceof Number n) {
				number(row.createCell(1), n, styles.wholeQuantity);
			}
			else {
				SheetWriter.text(row.createCell(1), String.valueOf(value), styles);
			}
		}

		void date(Cell cell, LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}

		void dateTime(Cell cell, LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(styles.dateTime);
		}

		void quantity(Row row, int column, Number value) {
			if (value != null) {
				number(row.createCell(column), value, styles.quantityFor(value));
			}
		}

		void number(Cell cell, Number value, CellStyle style) {
			if (value != null) {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(style);
			}
		}

	}

}
