package com.msprecon.output;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook (POI limits how many a workbook may hold). */
final class WorkbookStyles {

	/** Whole numbers, with decimals when they have them (exact: up to 10 places). */
	static final String QUANTITY = "#,##0.##########;-#,##0.##########;0";

	static final String WHOLE = "#,##0";

	/** A change shown with its sign: {@code +18}, {@code -4}, {@code 0}. */
	static final String SIGNED_WHOLE = "+#,##0;-#,##0;0";

	static final String SIGNED_QUANTITY = "+#,##0.##########;-#,##0.##########;0";

	final CellStyle header;

	final CellStyle title;

	final CellStyle label;

	/** an explanation next to a figure, set off from it */
	final CellStyle note;

	final CellStyle text;

	/** long text (notes, reasons): wrapped in its column */
	final CellStyle wrapped;

	/** text from the data that looks like a formula: shown as text, never evaluated */
	final CellStyle quotedText;

	final CellStyle quotedWrapped;

	/** a quantity with decimals; see {@link #quantityFor} */
	final CellStyle quantity;

	final CellStyle wholeQuantity;

	final CellStyle signedQuantity;

	final CellStyle signedWhole;

	final CellStyle money;

	/** A change of an amount: with its sign, never red (less revenue to recover is good news). */
	final CellStyle signedMoney;

	final CellStyle date;

	final CellStyle dateTime;

	final CellStyle score;

	/** the figure to type: bold on a light yellow fill */
	final CellStyle emphasisedWhole;

	/** where a person writes a decision: boxed, on a light yellow fill */
	final CellStyle decision;

	final CellStyle totalLabel;

	final CellStyle totalMoney;

	final CellStyle totalWhole;

	final CellStyle totalSignedWhole;

	final CellStyle totalQuantity;

	final CellStyle headline;

	final CellStyle headlineMoney;

	private final Map<String, CellStyle> tones = new HashMap<>();

	WorkbookStyles(Workbook workbook, Currency currency) {
		var format = workbook.createDataFormat();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		label = workbook.createCellStyle();
		label.setFont(bold);
		text = top(workbook);
		note = top(workbook);
		note.setIndention((short) 1);
		wrapped = top(workbook);
		wrapped.setWrapText(true);
		quotedText = top(workbook);
		quotedText.setQuotePrefixed(true);
		quotedWrapped = top(workbook);
		quotedWrapped.setQuotePrefixed(true);
		quotedWrapped.setWrapText(true);
		String moneyFormat = moneyFormat(currency);
		quantity = numeric(workbook, format.getFormat(QUANTITY), null);
		wholeQuantity = numeric(workbook, format.getFormat(WHOLE), null);
		signedQuantity = numeric(workbook, format.getFormat(SIGNED_QUANTITY), null);
		signedWhole = numeric(workbook, format.getFormat(SIGNED_WHOLE), null);
		money = numeric(workbook, format.getFormat(moneyFormat), null);
		signedMoney = numeric(workbook, format.getFormat(signedMoneyFormat(currency)), null);
		date = numeric(workbook, format.getFormat("yyyy-mm-dd"), null);
		dateTime = numeric(workbook, format.getFormat("yyyy-mm-dd hh:mm"), null);
		score = numeric(workbook, format.getFormat("0.0%"), null);
		emphasisedWhole = numeric(workbook, format.getFormat(WHOLE), bold);
		emphasisedWhole.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		emphasisedWhole.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		decision = top(workbook);
		decision.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		decision.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		decision.setBorderBottom(BorderStyle.THIN);
		decision.setBorderTop(BorderStyle.THIN);
		decision.setBorderLeft(BorderStyle.THIN);
		decision.setBorderRight(BorderStyle.THIN);
		decision.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
		decision.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
		decision.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
		decision.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
		totalLabel = workbook.createCellStyle();
		totalLabel.setFont(bold);
		totalMoney = numeric(workbook, format.getFormat(moneyFormat), bold);
		totalWhole = numeric(workbook, format.getFormat(WHOLE), bold);
		totalSignedWhole = numeric(workbook, format.getFormat(SIGNED_WHOLE), bold);
		totalQuantity = numeric(workbook, format.getFormat(QUANTITY), bold);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 12);
		headline = numeric(workbook, format.getFormat(WHOLE), large);
		headlineMoney = numeric(workbook, format.getFormat(moneyFormat), large);
		tone(workbook, IndexedColors.LIGHT_GREEN, "MATCH");
		tone(workbook, IndexedColors.LIGHT_ORANGE, "UNDER_BILLED", "NOT_BILLED", "UPSELL");
		tone(workbook, IndexedColors.ROSE, "OVER_BILLED", "NOT_IN_VENDOR");
		tone(workbook, IndexedColors.LIGHT_YELLOW, "UNMATCHED", "UNMAPPED_SERVICE");
		tone(workbook, IndexedColors.GREY_25_PERCENT, "EXCLUDED");
		tone(workbook, IndexedColors.LIGHT_TURQUOISE, "DOWNSELL");
	}

	/**
	 * The colour of a status (docs/rules.md R6, R8): green when nothing is to do, orange for revenue to recover (and
	 * seats to buy), rose for refunds due, yellow for what needs a person, grey for excluded, blue for seats to drop.
	 */
	CellStyle status(String value) {
		return tones.getOrDefault(value, text);
	}

	/** Excel shows a whole number as {@code 48.} with an optional-decimals format: whole numbers get their own. */
	CellStyle quantityFor(Number value) {
		return isWhole(value) ? wholeQuantity : quantity;
	}

	CellStyle totalFor(Number value) {
		return isWhole(value) ? totalWhole : totalQuantity;
	}

	CellStyle signedFor(Number value) {
		return isWhole(value) ? signedWhole : signedQuantity;
	}

	private static boolean isWhole(Number value) {
		return value instanceof BigDecimal d ? d.signum() == 0 || d.stripTrailingZeros().scale() <= 0
				: value.doubleValue() == Math.rint(value.doubleValue());
	}

	/** e.g. {@code "$"#,##0.00;[Red]-"$"#,##0.00}; the symbol as US English writes it: $, £, €, A$, CA$ */
	static String moneyFormat(Currency currency) {
		String symbol = "\"" + currency.getSymbol(Locale.US).replace("\"", "") + "\"";
		String places = currency.getDefaultFractionDigits() > 0
				? "." + "0".repeat(currency.getDefaultFractionDigits()) : "";
		return symbol + "#,##0" + places + ";[Red]-" + symbol + "#,##0" + places;
	}

	/** {@code +$1,234.50}, {@code -$1,234.50}, {@code $0.00}. */
	static String signedMoneyFormat(Currency currency) {
		String symbol = "\"" + currency.getSymbol(Locale.US).replace("\"", "") + "\"";
		String places = currency.getDefaultFractionDigits() > 0
				? "." + "0".repeat(currency.getDefaultFractionDigits()) : "";
		return "+" + symbol + "#,##0" + places + ";-" + symbol + "#,##0" + places + ";" + symbol + "0" + places;
	}

	private void tone(Workbook workbook, IndexedColors colour, String... values) {
		CellStyle style = top(workbook);
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		for (String value : values) {
			tones.put(value, style);
		}
	}

	private static CellStyle top(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private static CellStyle numeric(Workbook workbook, short format, Font font) {
		CellStyle style = top(workbook);
		style.setDataFormat(format);
		if (font != null) {
			style.setFont(font);
		}
		return style;
	}

}
