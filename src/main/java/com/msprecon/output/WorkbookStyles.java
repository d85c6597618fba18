package com.msprecon.output;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook (POI limits how many a workbook may hold). */
final class WorkbookStyles {

	final CellStyle header;

	final CellStyle title;

	final CellStyle text;

	/** text from the data that looks like a formula: shown as text, never evaluated */
	final CellStyle quotedText;

	/** a quantity with decimals; see {@link #quantityFor} */
	final CellStyle quantity;

	final CellStyle wholeQuantity;

	final CellStyle money;

	final CellStyle date;

	final CellStyle score;

	WorkbookStyles(Workbook workbook, Currency currency) {
		var format = workbook.createDataFormat();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		text = workbook.createCellStyle();
		quotedText = workbook.createCellStyle();
		quotedText.setQuotePrefixed(true);
		quantity = workbook.createCellStyle();
		// decimals are exact: show up to 10 places
		quantity.setDataFormat(format.getFormat("#,##0.##########;-#,##0.##########;0"));
		wholeQuantity = workbook.createCellStyle();
		wholeQuantity.setDataFormat(format.getFormat("#,##0"));
		money = workbook.createCellStyle();
		money.setDataFormat(format.getFormat(moneyFormat(currency)));
		date = workbook.createCellStyle();
		date.setDataFormat(format.getFormat("yyyy-mm-dd"));
		score = workbook.createCellStyle();
		score.setDataFormat(format.getFormat("0.0%"));
	}

	/** Excel shows a whole number as {@code 48.} with an optional-decimals format: whole numbers get their own. */
	CellStyle quantityFor(Number value) {
		boolean whole = value instanceof BigDecimal d ? d.signum() == 0 || d.stripTrailingZeros().scale() <= 0
				: value.doubleValue() == Math.rint(value.doubleValue());
		return whole ? wholeQuantity : quantity;
	}

	/** e.g. {@code "$"#,##0.00;[Red]-"$"#,##0.00}; the symbol as US English writes it: $, £, €, A$, CA$ */
	static String moneyFormat(Currency currency) {
		String symbol = "\"" + currency.getSymbol(Locale.US).replace("\"", "") + "\"";
		String places = currency.getDefaultFractionDigits() > 0
				? "." + "0".repeat(currency.getDefaultFractionDigits()) : "";
		return symbol + "#,##0" + places + ";[Red]-" + symbol + "#,##0" + places;
	}

}
