package com.msprecon.output;

import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.score;
import static com.msprecon.output.Column.text;

import com.msprecon.input.InputReject;
import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Review": what needs a person. Unmatched accounts with candidates, automatic matches to confirm,
 * unmapped services (docs/rules.md R2, R4), then rejected input records (§3).
 */
final class ReviewSheet {

	static final String NAME = "Review";

	/** One row of the sheet, whatever its kind; a kind leaves the columns of the others empty. */
	record Item(String item, String accountCode, String accountName, Number seats, String companyId,
			String companyName, Double score, String reason, AccountResolution candidates, String sourceFile,
			Long line, String column, String record) {

		static Item of(AccountResolution r) {
			String item = r.method() == ResolutionMethod.AUTO ? "Automatic match to confirm" : "Unmatched account";
			return new Item(item, r.accountCode(), r.accountName(), r.seats(), r.companyId(), r.companyName(),
					r.score(), r.reason(), r, null, null, null, null);
		}

		static Item of(ReconciliationLine l, String accountName) {
			return new Item("Unmapped service", String.join(";", l.accountCodes()), accountName, l.vendorQty(),
					l.companyId(), l.companyName(), null, l.note(), null, null, null, null, l.productIdentifier());
		}

		static Item of(InputReject r) {
			return new Item("Rejected input record", null, null, null, null, null, null, r.reason(), null, r.source(),
					r.line(), r.column(), r.record());
		}

	}

	static final List<Column<Item>> COLUMNS = List.of(text("Review item", 22, Item::item),
			text("Account code", 14, Item::accountCode), text("Account", 30, Item::accountName),
			quantity("Seats", Item::seats), text("Company ID", 12, Item::companyId),
			text("Company", 30, Item::companyName), score("Score", Item::score), text("Reason", 60, Item::reason),
			candidate(0), candidateScore(0), candidate(1), candidateScore(1), candidate(2), candidateScore(2),
			text("Source file", 22, Item::sourceFile), quantity("Line", Item::line), text("Column", 18, Item::column),
			text("Record", 60, Item::record));

	private ReviewSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results) {
		SheetWriter<Item> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		results.resolutions(r -> {
			if (r.method() == ResolutionMethod.UNMATCHED || r.method() == ResolutionMethod.AUTO) {
				sheet.row(Item.of(r));
			}
		});
		results.unmappedServices((line, accountName) -> sheet.row(Item.of(line, accountName)));
		results.rejects(r -> sheet.row(Item.of(r)));
		sheet.finish("items");
	}

	private static Column<Item> candidate(int n) {
		return text("Candidate " + (n + 1), 30,
				i -> i.candidates() == null ? null : AccountColumns.candidate(i.candidates(), n));
	}

	private static Column<Item> candidateScore(int n) {
		return score("Score " + (n + 1), i -> i.candidates() == null ? null : AccountColumns.candidateScore(i.candidates(), n));
	}

}
