package com.msprecon.output;

import com.msprecon.run.RunContext;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader.StatusTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** The one-screen summary an operator sees at the end of a run (and finance in the mail). */
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

	/**
	 * The last lines of a successful run: the summary by status, the headline figures with the currency, and where
	 * the outputs are.
	 */
	public static String closing(RunContext run, Map<LineStatus, StatusTotals> totals, Map<ResolutionMethod, Long> methods,
			Headlines h, Currency currency, String vendorName, String outputs) {
		String code = currency.getCurrencyCode();
		return format(run, totals, methods) + "\n"
				+ String.format(Locale.ROOT, "  recoverable revenue  %s %s per month (UNDER_BILLED, NOT_BILLED)%n", code,
						money(h.recoverablePerMonth(), currency))
				+ String.format(Locale.ROOT, "  refunds due          %s %s per month (OVER_BILLED, NOT_IN_VENDOR)%n", code,
						money(h.refundsPerMonth(), currency))
				+ String.format(Locale.ROOT, "  %s seats       %,d to add, %,d to remove (Sync-Up)%n", vendorName,
						h.vendorSeatsToAdd(), h.vendorSeatsToRemove())
				+ String.format(Locale.ROOT,
						"  to review            %d unmatched accounts, %d matches to confirm, %d unmapped services, "
								+ "%d rejected input records%n",
						h.unmatchedAccounts(), h.matchesToConfirm(), h.unmappedServices(), h.rejectedRecords())
				+ "Outputs: " + outputs;
	}

	private static String money(BigDecimal value, Currency currency) {
		return String.format(Locale.ROOT, "%,." + Math.max(0, currency.getDefaultFractionDigits()) + "f", value);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String money(BigDecimal value) {
		return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
