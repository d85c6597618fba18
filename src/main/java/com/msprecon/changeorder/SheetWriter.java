package com.msprecon.changeorder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one table to a streaming sheet: a bold header row (frozen, with filters), then typed cells: real
 * numbers and dates, never text that a spreadsheet could evaluate.
 */
final class SheetWriter {

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final List<Column> columns;

	private final int headerRow;

	private int nextRow;

	SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, List<Column> columns, int headerRow) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = List.copyOf(columns);
		this.headerRow = headerRow;
		this.nextRow = headerRow;
		Row header = sheet.createRow(nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header);
		}
	}

	void row(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
		}
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				write(row.createCell(i), columns.get(i), values[i]);
			}
		}
	}

	/** The column's cells below the header, one per row written, accept only these words (a drop-down list). */
	void choiceList(int column, String... choices) {
		var helper = sheet.getDataValidationHelper();
		var validation = helper.createValidation(helper.createExplicitListConstraint(choices),
				new org.apache.poi.ss.util.CellRangeAddressList(headerRow + 1, Math.max(headerRow + 1, nextRow - 1),
						column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox("Decision", String.join(" or ", choices));
		sheet.addValidationData(validation);
	}

	/** Freezes the header and puts filters on it. */
	void finish() {
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
	}

	int rows() {
		return nextRow - headerRow - 1;
	}

	private void write(Cell cell, Column column, Object value) {
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

	private static void number(Cell cell, Object value, org.apache.poi.ss.usermodel.CellStyle style) {
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
