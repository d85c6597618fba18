package com.msprecon.history;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Recoverable revenue of one period (docs/rules.md R9, for the chart of the last 12 periods): the monthly impact of
 * the UNDER_BILLED and NOT_BILLED lines of the latest completed run of the period.
 *
 * @param runId the run the figure comes from; {@code null} when the period has no completed run
 * @param recoverable {@code null} when the period has no completed run
 */
public record PeriodRevenue(YearMonth period, Long runId, BigDecimal recoverable) {

	public boolean hasRun() {
		return runId != null;
	}

}
