package com.msprecon.apply;

import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * docs/rules.md R10: which of a completed run's orders are decided, and how. Every problem of the file is
 * collected (not only the first), each with its file, line or cell and reason: an unknown key, a key of another
 * run, a word other than APPROVE or REJECT, a decision without who decided, a repeated or contradicting decision,
 * and an approval of an order that cannot be applied as it stands (a new line whose agreement must be chosen).
 */
public final class ApprovalRules {

	private final long runId;

	private final Map<String, ChangeOrder> orders = new LinkedHashMap<>();

	private final boolean autoApproveIncreases;

	/**
	 * @param runId the completed reconciliation run the decisions are for
	 * @param orders that run's change orders
	 */
	public ApprovalRules(long runId, List<ChangeOrder> orders, boolean autoApproveIncreases) {
		this.runId = runId;
		orders.forEach(o -> this.orders.put(o.orderKey(), o));
		this.autoApproveIncreases = autoApproveIncreases;
	}

	/** The decisions in order-key order, or an {@link ApprovalFileException} listing every problem. */
	public List<Approval> check(List<ApprovalFiles.Entry> entries) {
		List<String> problems = new ArrayList<>();
		Map<String, Approval> decided = new TreeMap<>();
		for (ApprovalFiles.Entry entry : entries) {
			String problem = problem(entry, decided);
			if (problem != null) {
				problems.add(entry.source() + ": " + problem);
				continue;
			}
			decided.putIfAbsent(entry.orderKey(), new Approval(entry.orderKey(), decision(entry.decision()),
					entry.decidedBy(), entry.note().isEmpty() ? null : entry.note(), entry.source()));
		}
		if (!problems.isEmpty()) {
			throw new ApprovalFileException(problems);
		}
		if (autoApproveIncreases) {
			for (ChangeOrder order : orders.values()) {
				if (!decided.containsKey(order.orderKey()) && approvableAutomatically(order)) {
					decided.put(order.orderKey(), new Approval(order.orderKey(), Decision.APPROVE, Approval.AUTOMATIC,
							null, Approval.AUTOMATIC));
				}
			}
		}
		return List.copyOf(decided.values());
	}

	/**
	 * R10: an increase may be approved by configuration; a decrease, a set-to-zero and a new line at a price the
	 * service map does not give never are. A new line without its agreement cannot be applied at all.
	 */
	static boolean approvableAutomatically(ChangeOrder order) {
		if (!order.isIncrease() || order.action() == ChangeAction.SET_TO_ZERO) {
			return false;
		}
		return order.action() != ChangeAction.ADD_LINE || (order.unitPrice() != null && order.agreementId() != null);
	}

	private String problem(ApprovalFiles.Entry entry, Map<String, Approval> decided) {
		if (entry.orderKey().isEmpty()) {
			return "a decision '" + entry.decision() + "' without an order key";
		}
		Decision decision = decision(entry.decision());
		if (decision == null) {
			return "decision '" + entry.decision() + "' for " + entry.orderKey() + " is neither APPROVE nor REJECT";
		}
		ChangeOrder order = orders.get(entry.orderKey());
		if (order == null) {
			long other = ChangeOrder.runOf(entry.orderKey());
			return other >= 0 && other != runId
					? "order key " + entry.orderKey() + " is of run " + other + ", not of run " + runId
							+ " (these approvals are for another run: give the run's own asOfDate and attempt)"
					: "unknown order key " + entry.orderKey() + " (run " + runId + " has no such order)";
		}
		if (entry.decidedBy().isEmpty()) {
			return "the decision on " + entry.orderKey() + " does not say who decided (decided_by / Decided by)";
		}
		Approval earlier = decided.get(entry.orderKey());
		if (earlier != null) {
			return (earlier.decision() == decision ? "a repeated decision on " : "a decision contradicting ")
					+ entry.orderKey() + " (already " + earlier.decision() + " at " + earlier.source() + ")";
		}
		if (decision == Decision.APPROVE && order.action() == ChangeAction.ADD_LINE && order.agreementId() == null) {
			return "the new line " + entry.orderKey() + " cannot be applied: " + order.note()
					+ "; add it in the PSA by hand, or REJECT it";
		}
		return null;
	}

	private static Decision decision(String word) {
		try {
			return Decision.valueOf(word.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
