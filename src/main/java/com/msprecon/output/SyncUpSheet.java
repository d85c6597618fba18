package com.msprecon.output;

import static com.msprecon.output.Column.change;
import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.status;
import static com.msprecon.output.Column.text;

import com.msprecon.reconciliation.SyncDirection;
import com.msprecon.reconciliation.SyncUpLine;
import com.msprecon.results.ResultReader;
import com.msprecon.usage.UsageStatus;
import com.msprecon.usage.UsageTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "{vendor} Sync-Up": the change order for the vendor's partner portal (docs/rules.md R8, version 2).
 * The portal takes the new total, so that column stands out; upsells come first, the largest change first; every
 * downsell carries the portal's caveat; the sheet ends with the accounts and seats going up and down.
 */
final class SyncUpSheet {

	static final String DOWNSELL_NOTE = "A seat reduction cannot be combined with a product change in the same order. "
			+ "Before you submit, the portal shows the cancellation deadline and the next billing date.";

	/** the column Direction; Current seats and Change follow it */
	private static final int DIRECTION = 2;

	/** The sheet's columns; {@code usageSource} says where an account's new total came from (docs/rules.md §4.3). */
	static List<Column<SyncUpLine>> columns(Function<String, String> usageSource) {
		return List.of(text("Account code", 14, SyncUpLine::accountCode),
			text("Account", 32, SyncUpLine::accountName), status("Direction", l -> l.direction().name()),
			quantity("Current seats", SyncUpLine::currentSeats), change("Change", SyncUpLine::change),
			quantity("New total seats (enter in portal)", SyncUpLine::newTotalSeats).emphasise().width(18),
			text("Packages", 50, l -> String.join("; ", l.packages())),
			text("PSA company", 32, SyncUpLine::companyName), text("PSA company ID", 15, SyncUpLine::companyId),
			text("Note", 70, l -> l.direction() == SyncDirection.DOWNSELL ? DOWNSELL_NOTE : null),
			text("Usage source", 50, l -> usageSource.apply(l.accountCode())));
	}

	private SyncUpSheet() {
	}

	static String name(String vendorName) {
		return vendorName + " Sync-Up";
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, ResultReader results, UsageTables usage,
			String vendorName) {
		Map<String, String> sources = new HashMap<>();
		usage.accountUsage(u -> {
			if (u.accountCode() != null && u.status() != UsageStatus.NOT_LINKED) {
				sources.put(u.accountCode(), UsageCsv.describe(u));
			}
		});
		SheetWriter<SyncUpLine> sheet = new SheetWriter<>(workbook.createSheet(name(vendorName)), styles,
				columns(sources::get));
		int[] accounts = new int[SyncDirection.values().length];
		int[] seats = new int[SyncDirection.values().length];
		results.syncUp(line -> {
			sheet.row(line);
			accounts[line.direction().ordinal()]++;
			seats[line.direction().ordinal()] += line.change();
		});
		sheet.finish("accounts");
		// the totals sit under Direction, Current seats and Change: the seats line up with the changes
		sheet.skipRow();
		Row header = sheet.freeRow();
		for (String label : List.of("Totals", "Accounts", "Seats")) {
			Cell cell = header.createCell(DIRECTION + header.getPhysicalNumberOfCells());
			cell.setCellValue(label);
			cell.setCellStyle(styles.header);
		}
		for (SyncDirection direction : SyncDirection.values()) {
			Row row = sheet.freeRow();
			Cell label = row.createCell(DIRECTION);
			label.setCellValue(direction == SyncDirection.UPSELL ? "Upsells" : "Downsells");
			label.setCellStyle(styles.totalLabel);
			number(row.createCell(DIRECTION + 1), accounts[direction.ordinal()], styles.totalWhole);
			number(row.createCell(DIRECTION + 2), seats[direction.ordinal()], styles.totalSignedWhole);
		}
	}

	private static void number(Cell cell, int value, CellStyle style) {
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}
