package com.msprecon.apply;

import com.msprecon.output.AtomicFiles;
import com.msprecon.output.SafeText;
import com.msprecon.output.StreamingWorkbook;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The apply run's outputs (docs/rules.md R12): {@code applied-changes-<period>.csv} and the {@code Applied Changes}
 * sheet of {@code applied-changes-<period>.xlsx}, the same rows in order-key order, from the ledger.
 */
public final class AppliedChangesFiles {

	static final String SHEET = "Applied Changes";

	static final List<String> CSV_HEADER = List.of("order_key", "company_id", "agreement_id", "addition_id",
			"product_identifier", "before", "target", "live", "state", "message", "approved_by", "company_name",
			"created_line_id");

	static final List<String> SHEET_HEADER = List.of("Order key", "Company ID", "Agreement ID", "Addition ID",
			"Product", "Before", "Target", "Live", "State", "Message", "Approved by", "Company", "Created line ID");

	private static final int[] WIDTHS = { 26, 12, 13, 12, 18, 10, 10, 10, 11, 60, 22, 30, 15 };

	private AppliedChangesFiles() {
	}

	public static String csvName(String period) {
		return "applied-changes-" + period + ".csv";
	}

	public static String workbookName(String period) {
		return "applied-changes-" + period + ".xlsx";
	}

	public static AtomicFiles.Content csv(ApplyStore store, long applyRunId) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new))
				.get()
				.print(writer)) {
				store.appliedChanges(applyRunId, c -> ChangeOrderCsv.record(printer, c.orderKey(),
						ChangeOrderCsv.text(c.companyId()), ChangeOrderCsv.text(c.agreementId()),
						ChangeOrderCsv.text(c.additionId()), ChangeOrderCsv.text(c.productIdentifier()),
						ChangeOrderCsv.plain(c.before()), ChangeOrderCsv.plain(c.target()),
						ChangeOrderCsv.plain(c.live()), c.state().name(), ChangeOrderCsv.text(c.message()),
						ChangeOrderCsv.text(c.approvedBy()), ChangeOrderCsv.text(c.companyName()),
						ChangeOrderCsv.text(c.createdLineId())));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		};
	}

	/** Real numbers for quantities, formula-safe text, a frozen bold header with filters. */
	public static AtomicFiles.Content workbook(ApplyStore store, long applyRunId) {
		return out -> {
			try (SXSSFWorkbook workbook = new StreamingWorkbook()) {
				SXSSFSheet sheet = workbook.createSheet(SHEET);
				CellStyle header = workbook.createCellStyle();
				Font bold = workbook.createFont();
				bold.setBold(true);
				header.setFont(bold);
				CellStyle quoted = workbook.createCellStyle();
				quoted.setQuotePrefixed(true);
				CellStyle quantity = workbook.createCellStyle();
				quantity.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
				Row top = sheet.createRow(0);
				for (int i = 0; i < SHEET_HEADER.size(); i++) {
					sheet.setColumnWidth(i, WIDTHS[i] * 256);
					Cell cell = top.createCell(i);
					cell.setCellValue(SHEET_HEADER.get(i));
					cell.setCellStyle(header);
				}
				int[] next = { 1 };
				store.appliedChanges(applyRunId, c -> {
					Row row = sheet.createRow(next[0]++);
					Object[] values = { c.orderKey(), c.companyId(), c.agreementId(), c.additionId(),
							c.productIdentifier(), c.before(), c.target(), c.live(), c.state().name(), c.message(),
							c.approvedBy(), c.companyName(), c.createdLineId() };
					for (int i = 0; i < values.length; i++) {
						if (values[i] instanceof BigDecimal number) {
							Cell cell = row.createCell(i);
							cell.setCellValue(number.doubleValue());
							cell.setCellStyle(quantity);
						}
						else if (values[i] != null) {
							Cell cell = row.createCell(i);
							cell.setCellValue((String) values[i]);
							if (SafeText.looksLikeFormula((String) values[i])) {
								cell.setCellStyle(quoted);
							}
						}
					}
				});
				sheet.createFreezePane(0, 1);
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, SHEET_HEADER.size() - 1));
				workbook.write(out);
			}
		};
	}

}
