package com.msprecon.history;

import com.msprecon.reconciliation.LineStatus;
import java.math.BigDecimal;

/**
 * A key's line in one of the two compared runs, as stored in {@code recon_line}.
 *
 * @param psaQty {@code null} for the per-account statuses
 * @param delta {@code null} for the per-account statuses
 * @param monthlyImpact {@code null} when none of the line's change orders is priced
 */
public record LineState(String lineKey, LineStatus status, String accountCodes, BigDecimal vendorQty,
		BigDecimal psaQty, BigDecimal delta, BigDecimal monthlyImpact) {

}
