package com.msprecon.history;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The run a run was compared with (docs/rules.md R9).
 *
 * @param adjacent its period is the month just before: months open go on counting (after a gap they start at 1)
 */
public record PreviousRun(long runId, YearMonth period, LocalDate asOfDate, long attempt, boolean adjacent) {

}
