package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 16: the warm-up uses the real sheets' parts, and ends. */
class WorkbookWarmUpTests {

	@Test
	void theWarmUpWorkbookHasATableOfEveryKindOfCellAndAChart() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		WorkbookWarmUp.write(bytes);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("Warm-up");
			DataFormatter shown = new DataFormatter();
			assertThat(shown.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Text");
			assertThat(shown.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("Company 1");
			assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("No");
			assertThat(shown.formatCellValue(sheet.getRow(5).getCell(0))).isEqualTo("Total: 4 rows");
			assertThat(sheet.getDataValidations()).hasSize(1);
			assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
		}
	}

	@Test
	void startedInTheBackgroundItEnds() throws InterruptedException {
		WorkbookWarmUp.startInBackground();
		WorkbookWarmUp.startInBackground();

		assertThat(WorkbookWarmUp.awaitDone(Duration.ofSeconds(60))).isTrue();
		assertThat(WorkbookWarmUp.failure()).isNull();
	}

}
