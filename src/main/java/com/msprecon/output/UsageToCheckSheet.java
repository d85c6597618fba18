package com.msprecon.output;

import static com.msprecon.output.Column.text;

import com.msprecon.usage.AccountUsage;
import com.msprecon.usage.UsageStatus;
import com.msprecon.usage.UsageTables;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Usage to Check" (docs/rules.md §4.3): accounts whose actual users could not be had or linked (a
 * tenant that refused, two tenants for one account, one tenant for two accounts), each with the reason.
 */
final class UsageToCheckSheet {

	static final String NAME = "Usage to Check";

	static final List<Column<AccountUsage>> COLUMNS = List.of(text("Account code", 14, AccountUsage::accountCode),
			text("Tenant", 38, AccountUsage::tenantId), text("Reason", 70, AccountUsage::note),
			text("Decision", 30, u -> null));

	private UsageToCheckSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, UsageTables usage) {
		SheetWriter<AccountUsage> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		usage.accountUsage(u -> {
			if (u.status() == UsageStatus.REVIEW) {
				sheet.row(u);
			}
		});
		sheet.finish("accounts");
	}

}
