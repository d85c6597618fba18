package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook's temporary sheet files: plain XML while the workbook is written (deflated once, into the
 * {@code .xlsx}), gone once it is closed, and the workbook reads back with every cell.
 */
class StreamingWorkbookTests {

	@Test
	void sheetsGoToPlainTemporaryFilesThatAreDeletedWhenTheWorkbookCloses() throws IOException {
		List<Path> before = sheetFiles();
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (StreamingWorkbook workbook = new StreamingWorkbook()) {
			Sheet sheet = workbook.createSheet("Lines");
			for (int r = 0; r < 1_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("Müller & Söhne " + r);
				row.createCell(1).setCellValue(r * 1.5);
			}
			List<Path> during = sheetFiles();
			during.removeAll(before);
			assertThat(during).as("the sheet's temporary file").hasSize(1);
			String start = new String(Files.readAllBytes(during.get(0)), StandardCharsets.UTF_8);
			assertThat(start).as("plain XML, not gzip").startsWith("<row r=\"1\"").contains("Müller &amp; Söhne 0");
			workbook.write(xlsx);
		}
		assertThat(sheetFiles()).as("no temporary sheet file left").containsExactlyInAnyOrderElementsOf(before);
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Sheet lines = read.getSheet("Lines");
			assertThat(lines.getLastRowNum()).isEqualTo(999);
			assertThat(lines.getRow(999).getCell(0).getStringCellValue()).isEqualTo("Müller & Söhne 999");
			assertThat(lines.getRow(999).getCell(1).getNumericCellValue()).isEqualTo(1498.5);
		}
	}

	/** POI's temporary sheet files, in its folder under {@code java.io.tmpdir}. */
	private static List<Path> sheetFiles() throws IOException {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		if (!Files.isDirectory(folder)) {
			return new ArrayList<>();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet"))
				.toList());
		}
	}

}
