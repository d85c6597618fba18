package com.msprecon.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one table of declared columns to a streaming sheet: a bold header row (frozen, with filters, repeated on
 * every printed page), one row per item with typed cells (real numbers and dates, never text that a spreadsheet
 * could evaluate; statuses coloured; long text wrapped), then a totals row when a column is totalled. Columns are
 * as wide as their values, up to their declared width.
 */
final class SheetWriter<T> {

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final List<Column<T>> columns;

	private final int[] longest;

	/** the narrowest a column may be: its header must fit in the lines the header row has */
	private final int[] narrowest;

	private final BigDecimal[] sums;

	private int nextRow;

	private int dataRows;

	SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, List<Column<T>> columns) {
		this.sheet = sheet;
		this.styles = styles;
		this.columns = List.copyOf(columns);
		this.longest = new int[columns.size()];
		this.narrowest = new int[columns.size()];
		this.sums = new BigDecimal[columns.size()];
		Row header = sheet.createRow(nextRow++);
		int headerLines = 1;
		for (int i = 0; i < columns.size(); i++) {
			Column<T> column = columns.get(i);
			Cell cell = header.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(styles.header);
			// a long header wraps, in about two lines, never narrower than its longest word
			int word = 0;
			for (String w : column.header().split(" ")) {
				word = Math.max(word, w.length());
			}
			narrowest[i] = Math.min(column.width(), Math.max(word, (column.header().length() + 1) / 2) + 2);
			headerLines = Math.max(headerLines, lines(column.header(), narrowest[i]));
			sums[i] = column.totalled() ? BigDecimal.ZERO : null;
		}
		// spreadsheets do not grow a row for wrapped text when they open a file: the height is set here
		header.setHeightInPoints(headerLines * LINE_HEIGHT);
	}

	/** The height of a line of text in points (the default font). */
	static final float LINE_HEIGHT = 15f;

	/** How many lines {@code text} takes, wrapped at spaces, in a column {@code width} characters wide. */
	static int lines(String text, int width) {
		// a column w wide holds w digits; text is narrower on average, about 10 % more characters
		int capacity = Math.max(1, (int) ((width - 1) * 1.1));
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			int used = 0;
			lines++;
			for (String word : paragraph.split(" ")) {
				if (used > 0 && used + 1 + word.length() > capacity) {
					lines++;
					used = 0;
				}
				used += (used > 0 ? 1 : 0) + word.length();
				for (; used > capacity; used -= capacity) {
					lines++; // a word longer than the line breaks
				}
			}
		}
		return lines;
	}

	void row(T item) {
		Row row = sheet.createRow(nextRow++);
		dataRows++;
		int lines = 1;
		for (int i = 0; i < columns.size(); i++) {
			Object value = columns.get(i).valueOf(item);
			if (value != null) {
				write(row.createCell(i), i, value);
				if (columns.get(i).wraps()) {
					lines = Math.max(lines, lines(String.valueOf(value), columns.get(i).width()));
				}
			}
			else if (columns.get(i).kind() == Column.Kind.DECISION) {
				row.createCell(i).setCellStyle(styles.decision);
			}
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE_HEIGHT);
		}
	}

	/**
	 * Ends the table: filters on the header and the rows, the header frozen and repeated on printed pages, the
	 * widths; then, if a column is totalled, a bold row {@code Total: <n> <noun>} with the sums.
	 */
	void finish(String noun) {
		int lastRow = nextRow - 1;
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, columns.size() - 1));
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		if (Arrays.stream(sums).anyMatch(Objects::nonNull)) {
			Row total = sheet.createRow(nextRow++);
			Cell label = total.createCell(0);
			label.setCellValue("Total: " + rows() + " " + noun);
			label.setCellStyle(styles.totalLabel);
			for (int i = 0; i < columns.size(); i++) {
				if (sums[i] != null) {
					Cell cell = total.createCell(i);
					cell.setCellValue(sums[i].doubleValue());
					cell.setCellStyle(switch (columns.get(i).kind()) {
						case MONEY -> styles.totalMoney;
						case CHANGE -> styles.totalSignedWhole;
						default -> styles.totalFor(sums[i]);
					});
				}
			}
		}
		for (int i = 0; i < columns.size(); i++) {
			int width = Math.min(columns.get(i).width(), Math.max(Math.max(longest[i] + 2, narrowest[i]), 6));
			sheet.setColumnWidth(i, Math.min(255, width) * 256);
		}
	}

	/** Data rows written so far (without header and totals). */
	int rows() {
		return dataRows;
	}

	/** Offers a drop-down of {@code choices} in a column's data rows (a spreadsheet still accepts only these). */
	void choices(int column, List<String> choices) {
		if (dataRows == 0) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(1, dataRows, column, column));
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	/** The next free row, for what a sheet adds below its table. */
	Row freeRow() {
		return sheet.createRow(nextRow++);
	}

	void skipRow() {
		nextRow++;
	}

	private void write(Cell cell, int index, Object value) {
		Column<T> column = columns.get(index);
		int length = switch (column.kind()) {
			case MONEY -> moneyWidth(((Number) value).doubleValue()) + 2;
			case DATE -> 10;
			case YES_NO -> 3;
			default -> String.valueOf(value).length();
		};
		longest[index] = Math.max(longest[index], length);
		if (sums[index] != null && value instanceof Number n) {
			sums[index] = sums[index].add(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
		}
		switch (column.kind()) {
			case QUANTITY -> number(cell, value,
					column.emphasised() ? styles.emphasisedWhole : styles.quantityFor((Number) value));
			case CHANGE -> number(cell, value, styles.signedFor((Number) value));
			case MONEY -> number(cell, value, styles.money);
			case SCORE -> number(cell, value, styles.score);
			case DATE -> {
				cell.setCellValue((LocalDate) value);
				cell.setCellStyle(styles.date);
			}
			case YES_NO -> {
				cell.setCellValue(((Boolean) value) ? "Yes" : "No");
				cell.setCellStyle(styles.text);
			}
			case STATUS -> {
				cell.setCellValue(String.valueOf(value));
				cell.setCellStyle(styles.status(String.valueOf(value)));
			}
			case TEXT -> text(cell, String.valueOf(value), styles, column.wraps());
			case DECISION -> cell.setCellStyle(styles.decision);
		}
	}

	/**
	 * The characters of {@code amount} as {@code %,.2f} shows it ({@code -1,234.50}), counted instead of formatted:
	 * a formatted string per money cell was a tenth of a large workbook's time.
	 */
	static int moneyWidth(double amount) {
		long cents = Math.round(Math.abs(amount) * 100);
		int digits = Long.toString(cents / 100).length();
		boolean negative = Double.compare(amount, 0.0) < 0; // -0.00 too, as %,.2f shows it
		return (negative ? 1 : 0) + digits + (digits - 1) / 3 + 3;
	}

	private static void number(Cell cell, Object value, CellStyle style) {
		double number = value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
		cell.setCellValue(number);
		cell.setCellStyle(style);
	}

	/** A string cell is never a formula; the quote prefix also keeps a spreadsheet from re-reading it as one. */
	static void text(Cell cell, String value, WorkbookStyles styles, boolean wrap) {
		cell.setCellValue(value);
		boolean formula = SafeText.looksLikeFormula(value);
		cell.setCellStyle(formula ? (wrap ? styles.quotedWrapped : styles.quotedText) : (wrap ? styles.wrapped : styles.text));
	}

	static void text(Cell cell, String value, WorkbookStyles styles) {
		text(cell, value, styles, false);
	}

}
