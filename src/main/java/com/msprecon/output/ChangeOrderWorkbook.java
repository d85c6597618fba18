package com.msprecon.output;

import com.msprecon.history.HistoryReader;
import java.time.LocalDateTime;
import com.msprecon.results.ResultReader;
import com.msprecon.staging.StagedData;
import com.msprecon.usage.UsageTables;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunInput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook finance receives (docs/rules.md §5): Summary, PSA Change Orders, the vendor's Sync-Up ("Mimecast
 * Sync-Up"), the review sheets (Unmatched Accounts, Matches to Confirm, Unmapped Services, Rejected Records) and All
 * Lines, one class per sheet. Streamed with SXSSF from the stored results, so its size does not depend on the heap.
 */
public final class ChangeOrderWorkbook {

	private ChangeOrderWorkbook() {
	}

	public static void write(RunContext run, LocalDateTime startedAt, List<RunInput> inputs, ResultReader results,
			StagedData staged,
			UsageTables usage, HistoryReader history, Optional<Headlines> previous, Map<String, String> appliedEarlier,
			Currency currency, String vendorName, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new StreamingWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook, currency);
			SummarySheet.write(workbook, styles, run, startedAt, inputs, results, staged, vendorName, history, previous);
			ChangeOrdersSheet.write(workbook, styles, results, appliedEarlier);
			SyncUpSheet.write(workbook, styles, results, usage, vendorName);
			SinceLastMonthSheet.write(workbook, styles, history);
			review(workbook, styles, results, staged);
			UsageToCheckSheet.write(workbook, styles, usage);
			AllLinesSheet.write(workbook, styles, results);
			workbook.forEach(ChangeOrderWorkbook::printOnePageWide);
			workbook.write(out);
		}
	}

	/** The review sheets alone (match-only runs): unmatched accounts, matches to confirm, unmapped services, rejects. */
	public static void writeReview(ResultReader results, StagedData staged, Currency currency, OutputStream out)
			throws IOException {
		try (SXSSFWorkbook workbook = new StreamingWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook, currency);
			review(workbook, styles, results, staged);
			workbook.forEach(ChangeOrderWorkbook::printOnePageWide);
			workbook.write(out);
		}
	}

	/** What needs a person, one sheet per kind (docs/rules.md §5 "Review"). */
	private static void review(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results, StagedData staged) {
		UnmatchedAccountsSheet.write(workbook, styles, results);
		AutoMatchesSheet.write(workbook, styles, results);
		UnmappedServicesSheet.write(workbook, styles, results);
		RejectedRecordsSheet.write(workbook, styles, staged);
	}

	/** Printed, each sheet is landscape and one page wide (as many pages long as it needs). */
	static void printOnePageWide(Sheet sheet) {
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

}
