package com.msprecon.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a workbook back as finance sees it: every sheet's rows of displayed cell values. */
final class WorkbookCells {

	private WorkbookCells() {
	}

	static Map<String, List<List<String>>> read(Path file) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	/** The same, without the Summary rows that name the run itself (run id, attempt, when it ran). */
	static Map<String, List<List<String>>> withoutRunIdentity(Path file) throws IOException {
		Map<String, List<List<String>>> sheets = read(file);
		sheets.get("Summary").removeIf(row -> !row.isEmpty() && (row.get(0).equals("Run") || row.get(0).equals("Attempt")
				|| row.get(0).equals("As-of date") || row.get(0).startsWith("Licence reconciliation")));
		// the recoverable revenue table names the run behind each period: this run's own id for its period
		sheets.get("Summary").forEach(row -> {
			if (row.size() > 2 && row.get(0).matches("[0-9]{4}-[0-9]{2}")) {
				row.set(2, "<run>");
			}
		});
		sheets.get("PSA Change Orders").forEach(row -> row.replaceAll(ResultTables::withoutRun));
		return sheets;
	}

}
