package com.msprecon.reconciliation;

import java.util.List;

/** The reconciliation lines and PSA change orders of one company. */
public record CompanyOutcome(List<ReconciliationLine> lines, List<ChangeOrder> orders) {

	public CompanyOutcome {
		lines = List.copyOf(lines);
		orders = List.copyOf(orders);
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

}
