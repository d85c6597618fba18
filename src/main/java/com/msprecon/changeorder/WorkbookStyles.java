package com.msprecon.changeorder;

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

	final CellStyle quantity;

	final CellStyle money;

	final CellStyle date;

	final CellStyle score;

	WorkbookStyles(Workbook workbook) {
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
		quantity.setDataFormat(format.getFormat("#,##0.####;-#,##0.####;0"));
		money = workbook.createCellStyle();
		money.setDataFormat(format.getFormat("\"$\"#,##0.00;[Red]-\"$\"#,##0.00"));
		date = workbook.createCellStyle();
		date.setDataFormat(format.getFormat("yyyy-mm-dd"));
		score = workbook.createCellStyle();
		score.setDataFormat(format.getFormat("0.0%"));
	}

}
