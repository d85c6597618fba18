package com.msprecon.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/rules.md R10: decisions read by header name from a CSV or the returned workbook. */
class ApprovalFilesTests {

	@TempDir
	Path dir;

	@Test
	void aCsvIsReadByItsHeaderNamesInAnyOrderAndLetterCaseWithLineNumbers() throws Exception {
		Path file = Files.writeString(dir.resolve("approvals.csv"),
				"\uFEFFNote, Decided_By ,ORDER_KEY,decision\nok,cfo,R1/100/9001,approve\n\n,cfo,R1/100/9002,REJECT\n");

		assertThat(ApprovalFiles.read(file)).extracting(ApprovalFiles.Entry::orderKey, ApprovalFiles.Entry::decision,
				ApprovalFiles.Entry::decidedBy, ApprovalFiles.Entry::note, ApprovalFiles.Entry::source)
			.containsExactly(tuple("R1/100/9001", "approve", "cfo", "ok", "approvals.csv line 2"),
					tuple("R1/100/9002", "REJECT", "cfo", "", "approvals.csv line 4"));
	}

	@Test
	void aReturnedChangeOrderCsvTakesItsDecisionNoteNotTheOrdersNote() throws Exception {
		Path file = Files.writeString(dir.resolve("psa-change-orders.csv"), "order_key,company_id,note,decision,"
				+ "decided_by,decision_note\nR1/100/9001,100,unit price from the service map,APPROVE,cfo,agreed\n"
				+ "R1/100/9002,100,,,,\n");

		assertThat(ApprovalFiles.read(file)).singleElement()
			.satisfies(e -> assertThat(e.note()).isEqualTo("agreed"));
	}

	@Test
	void aMissingColumnOrBadBytesNameTheFileAndTheReason() throws Exception {
		Path noDecidedBy = Files.writeString(dir.resolve("a.csv"), "order_key,decision\nR1/1/2,APPROVE\n");
		assertThatThrownBy(() -> ApprovalFiles.read(noDecidedBy)).isInstanceOf(ApprovalFileException.class)
			.hasMessageContaining("a.csv line 1: missing column decided_by");
		Path latin1 = Files.write(dir.resolve("b.csv"), new byte[] { 'o', 'r', 'd', (byte) 0xE9, '\n' });
		assertThatThrownBy(() -> ApprovalFiles.read(latin1)).hasMessageContaining("b.csv: is not UTF-8 text");
		assertThatThrownBy(() -> ApprovalFiles.read(dir.resolve("none.csv"))).hasMessageContaining("not found");
	}

	@Test
	void aWorkbookIsReadByHeaderNameWhereverFinanceMovedTheColumnsAndNamesTheCell() throws Exception {
		Path file = dir.resolve("returned.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("PSA Change Orders");
			row(sheet, 0, "Decision note", "Company", "decision", "Order key", "Decided by");
			row(sheet, 1, "", "Acme", "APPROVE", "R3/100/9001", "Ann");
			row(sheet, 2, "later", "Acme", "", "R3/100/9002", "");
			row(sheet, 3, "no", "Blue", "REJECT", "R3/101/9004", "Ann");
			workbook.write(out);
		}

		assertThat(ApprovalFiles.read(file)).extracting(ApprovalFiles.Entry::orderKey, ApprovalFiles.Entry::decision,
				ApprovalFiles.Entry::note, ApprovalFiles.Entry::source)
			.containsExactly(tuple("R3/100/9001", "APPROVE", "", "returned.xlsx sheet 'PSA Change Orders' cell C2"),
					tuple("R3/101/9004", "REJECT", "no", "returned.xlsx sheet 'PSA Change Orders' cell C4"));
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
