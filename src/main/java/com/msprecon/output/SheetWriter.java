package com.msprecon.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one table of declared columns to a streaming sheet: a bold header row (frozen, with filters), then one
 * row per item with typed cells: real numbers and dates, never text that a spreadsheet could evaluate.
 */
final class SheetWriter<T> {

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final List<Column<T>> columns;

	private final int headerRow;

	private int nextRow;

	SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, List<Column<T>> columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = List.copyOf(columns);
		this.headerRow = 0;
		this.nextRow = headerRow;
		Row header = sheet.createRow(nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header);
		}
	}

	void row(T item) {
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			Object value = columns.get(i).valueOf(item);
			if (value != null) {
				write(row.createCell(i), columns.get(i), value);
			}
		}
	}

	/** Freezes the header and puts filters on it. */
	void finish() {
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
	}

	int rows() {
		return nextRow - headerRow - 1;
	}

	private void write(Cell cell, Column<T> column, Object value) {
		switch (column.kind()) {
			case QUANTITY -> number(cell, value, styles.quantityFor((Number) value));
			case MONEY -> number(cell, value, styles.money);
			case SCORE -> number(cell, value, styles.score);
			case DATE -> {
				cell.setCellValue((LocalDate) value);
				cell.setCellStyle(styles.date);
			}
			case YES_NO -> cell.setCellValue(((Boolean) value) ? "Yes" : "No");
			case TEXT -> text(cell, String.valueOf(value), styles);
		}
	}

	private static void number(Cell cell, Object value, CellStyle style) {
		double number = value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
		cell.setCellValue(number);
		cell.setCellStyle(style);
	}

	/** A string cell is never a formula; the quote prefix also keeps a spreadsheet from re-reading it as one. */
	static void text(Cell cell, String value, WorkbookStyles styles) {
		cell.setCellValue(value);
		cell.setCellStyle(SafeText.looksLikeFormula(value) ? styles.quotedText : styles.text);
	}

}
