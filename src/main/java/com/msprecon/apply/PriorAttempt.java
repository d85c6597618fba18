package com.msprecon.apply;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What an earlier apply attempt (of this or an earlier apply run) left for an order in the ledger. */
public record PriorAttempt(long applyRunId, LedgerState state, BigDecimal liveQty, String createdLineId,
		LocalDateTime updatedAt) {

}
