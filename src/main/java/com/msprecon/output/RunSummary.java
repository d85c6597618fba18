package com.msprecon.output;

import com.msprecon.run.RunContext;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader.StatusTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The one-screen summary an operator sees in the log at the end of a run. */
public final class RunSummary {

	private RunSummary() {
	}

	public static String format(RunContext run, Map<LineStatus, StatusTotals> totals, Map<ResolutionMethod, Long> methods) {
		StringBuilder s = new StringBuilder();
		s.append("Reconciliation ").append(run.period()).append(" (as of ").append(run.asOfDate()).append(", run ")
			.append(run.runId()).append(", attempt ").append(run.attempt()).append(")\n");
		s.append(String.format("  %-18s %7s %12s %16s%n", "status", "lines", "delta", "monthly impact"));
		BigDecimal total = BigDecimal.ZERO;
		for (StatusTotals t : totals.values()) {
			s.append(String.format("  %-18s %7d %12s %16s%n", t.status(), t.lines(), plain(t.delta()),
					money(t.monthlyImpact())));
			total = t.monthlyImpact() == null ? total : total.add(t.monthlyImpact());
		}
		s.append(String.format("  %-18s %7s %12s %16s%n", "total", "", "", money(total)));
		s.append("  accounts:");
		methods.forEach((method, count) -> s.append(' ').append(method).append('=').append(count));
		return s.toString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String money(BigDecimal value) {
		return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
