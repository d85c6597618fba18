package com.msprecon.apply;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One ledger row (docs/rules.md R11): what one apply run did to one order.
 *
 * @param beforeQty the order's current quantity (what the reconciliation saw)
 * @param targetQty the order's new quantity
 * @param liveQty the quantity the PSA showed when it was read live; {@code null} when nothing was read
 * @param createdLineId the PSA's id of the line created (or found) for a new-line order
 */
public record LedgerEntry(long applyRunId, long reconRunId, String orderKey, ApplyMode mode, LedgerState state,
		BigDecimal beforeQty, BigDecimal targetQty, BigDecimal liveQty, String createdLineId, String approvedBy,
		String message, LocalDateTime updatedAt) {

	LedgerEntry with(LedgerState newState, BigDecimal live, String lineId, String newMessage, LocalDateTime at) {
		return new LedgerEntry(applyRunId, reconRunId, orderKey, mode, newState, beforeQty, targetQty, live, lineId,
				approvedBy, newMessage, at);
	}

}
