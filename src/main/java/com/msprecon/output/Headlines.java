package com.msprecon.output;

import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.staging.StagedData;
import com.msprecon.results.ResultReader.StatusTotals;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures a run is read for (docs/rules.md R6, R8): recoverable revenue per month (what the MSP pays for and
 * does not bill: UNDER_BILLED and NOT_BILLED), refunds due per month (what customers pay too much: OVER_BILLED and
 * NOT_IN_VENDOR, as a positive amount), the vendor seats to add and to remove (Sync-Up), and what needs a person.
 */
public record Headlines(BigDecimal recoverablePerMonth, BigDecimal refundsPerMonth, long vendorSeatsToAdd,
		long vendorSeatsToRemove, long unmatchedAccounts, long matchesToConfirm, long unmappedServices,
		long rejectedRecords) {

	public static Headlines of(ResultReader results, StagedData staged) {
		Map<LineStatus, StatusTotals> totals = results.statusTotals();
		Map<ResolutionMethod, Long> methods = results.methodCounts();
		ResultReader.SyncUpTotals seats = results.syncUpTotals();
		return new Headlines(impact(totals, LineStatus.UNDER_BILLED).add(impact(totals, LineStatus.NOT_BILLED)),
				impact(totals, LineStatus.OVER_BILLED).add(impact(totals, LineStatus.NOT_IN_VENDOR)).negate(),
				seats.seatsUp(), seats.seatsDown(), methods.get(ResolutionMethod.UNMATCHED),
				methods.get(ResolutionMethod.AUTO), totals.get(LineStatus.UNMAPPED_SERVICE).lines(),
				staged.rejectCount());
	}

	/** Accounts a person must look at: to map, or to confirm. */
	public long accountsToReview() {
		return unmatchedAccounts + matchesToConfirm;
	}

	private static BigDecimal impact(Map<LineStatus, StatusTotals> totals, LineStatus status) {
		BigDecimal impact = totals.get(status).monthlyImpact();
		return impact == null ? BigDecimal.ZERO : impact;
	}

}
