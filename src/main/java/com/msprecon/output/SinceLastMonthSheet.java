package com.msprecon.output;

import static com.msprecon.output.Column.change;
import static com.msprecon.output.Column.money;
import static com.msprecon.output.Column.quantity;
import static com.msprecon.output.Column.status;
import static com.msprecon.output.Column.text;

import com.msprecon.history.HistoryReader;
import com.msprecon.history.LineChange;
import com.msprecon.history.LineState;
import com.msprecon.history.PreviousRun;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet "Since Last Month" (docs/rules.md R9): every discrepancy of this run as NEW, PERSISTING (with the
 * months it has been open) or CHANGED, and every discrepancy of the previous run that is RESOLVED now, as the
 * {@code compareWithPreviousRunStep} stored them. With no previous run it says that there was nothing to compare
 * with.
 */
final class SinceLastMonthSheet {

	static final String NAME = "Since Last Month";

	static final List<Column<LineChange>> COLUMNS = List.of(text("Since last month", 16, c -> c.changeClass().name()),
			quantity("Months open", LineChange::monthsOpen),
			text("Company / account", 32, c -> c.companyName() != null ? c.companyName() : c.keyId()),
			text("Company ID / account code", 16, LineChange::keyId),
			text("Product / package", 30, LineChange::keyItem),
			status("Status now", c -> of(c.current(), s -> s.status().name())),
			status("Status last month", c -> of(c.previous(), s -> s.status().name())),
			change("Delta now", c -> of(c.current(), LineState::delta)),
			change("Delta last month", c -> of(c.previous(), LineState::delta)),
			money("Monthly impact now", c -> of(c.current(), LineState::monthlyImpact)));

	private SinceLastMonthSheet() {
	}

	static void write(SXSSFWorkbook workbook, WorkbookStyles styles, HistoryReader history) {
		SheetWriter<LineChange> sheet = new SheetWriter<>(workbook.createSheet(NAME), styles, COLUMNS);
		history.lines().forEach(sheet::row);
		sheet.finish("lines");
		sheet.skipRow();
		Optional<PreviousRun> previous = history.previousRun();
		sheet.freeRow()
			.createCell(0)
			.setCellValue(previous.map(p -> "Compared with the run of " + p.period() + " (as of " + p.asOfDate()
					+ ", attempt " + p.attempt() + ")" + (p.adjacent() ? "" : "; a month without a run lies between"))
				.orElse("No earlier run of this MSP to compare with: every discrepancy is NEW."));
	}

	private static <T> Object of(LineState state, Function<LineState, T> value) {
		return state == null ? null : value.apply(state);
	}

}
