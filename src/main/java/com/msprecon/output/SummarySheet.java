package com.msprecon.output;

import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet "Summary": the run, its figures by status and resolution, and its inputs (docs/rules.md §5). */
final class SummarySheet {

	static final String NAME = "Summary";

	private SummarySheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, RunContext run, List<RunInput> inputs,
			ResultReader results) {
		summary(workbook.createSheet(NAME), styles, run, inputs, results.statusTotals(), results.methodCounts());
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
