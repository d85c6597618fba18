package com.msprecon.output;

import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.text;

import com.msprecon.input.InputReject;
import com.msprecon.staging.StagedData;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The sheet "Rejected Records" (docs/rules.md §3): every input record not used, with file, line, column and reason. */
final class RejectedRecordsSheet {

	static final String NAME = "Rejected Records";

	static final List<Column<InputReject>> COLUMNS = List.of(text("Source file", 22, InputReject::source),
			quantity("Line", InputReject::line), text("Column", 18, InputReject::column),
			text("Reason", 60, InputReject::reason), text("Record", 60, InputReject::record));

	private RejectedRecordsSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, StagedData staged) {
		SheetWriter<InputReject> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		staged.rejects(sheet::row);
		sheet.finish("records");
	}

}
