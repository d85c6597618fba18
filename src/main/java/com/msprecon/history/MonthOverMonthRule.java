package com.msprecon.history;

import com.msprecon.reconciliation.LineStatus;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * docs/rules.md R9 for one key: given the key's line in the previous run and in this run, its class and the months it
 * has been open. {@code months_open} counts the back-to-back periods only: it goes on from the previous run's count when
 * the previous run is of the month just before this one, and starts again at 1 after a gap.
 */
public final class MonthOverMonthRule {

	private MonthOverMonthRule() {
	}

	/** Every status but MATCH and EXCLUDED is a discrepancy. */
	public static boolean isDiscrepancy(LineStatus status) {
		return status != null && status != LineStatus.MATCH && status != LineStatus.EXCLUDED;
	}

	/**
	 * @param previous the key's line in the previous run, or {@code null} when it had none (or there is no previous run)
	 * @param current the key's line in this run, or {@code null} when it has none
	 * @param adjacent the previous run's period is the month just before this run's
	 * @param previousMonthsOpen the months the key had been open in the previous run, {@code null} when that run has no
	 * stored count for it (it was compared with nothing, or completed before R9 was stored): then it counts as 1
	 * @return the class and months open; empty when the key is a discrepancy in neither run
	 */
	public static Optional<Classified> classify(Side previous, Side current, boolean adjacent,
			Integer previousMonthsOpen) {
		boolean was = previous != null && isDiscrepancy(previous.status());
		boolean is = current != null && isDiscrepancy(current.status());
		if (is && !was) {
			return Optional.of(new Classified(ChangeClass.NEW, 1));
		}
		if (is) {
			int months = adjacent ? (previousMonthsOpen == null ? 1 : previousMonthsOpen) + 1 : 1;
			boolean same = previous.status() == current.status() && sameNumber(previous.delta(), current.delta());
			return Optional.of(new Classified(same ? ChangeClass.PERSISTING : ChangeClass.CHANGED, months));
		}
		if (was) {
			return Optional.of(new Classified(ChangeClass.RESOLVED, null));
		}
		return Optional.empty();
	}

	/** An account's resolutions in the two runs; empty when both name the same company (or both none). */
	public static Optional<AccountChangeClass> classifyAccount(Resolved previous, Resolved current) {
		if (previous == null && current == null) {
			return Optional.empty();
		}
		if (previous == null) {
			return Optional.of(AccountChangeClass.NEW);
		}
		if (current == null) {
			return Optional.of(AccountChangeClass.GONE);
		}
		return Objects.equals(previous.companyId(), current.companyId()) ? Optional.empty()
				: Optional.of(AccountChangeClass.REMATCHED);
	}

	/** 5 and 5.0000 are the same delta: the database gives back decimals at the scale it stored. */
	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** A key's line in one run: its status and delta (null for the per-account statuses). */
	public record Side(LineStatus status, BigDecimal delta) {

		public Side {
			Objects.requireNonNull(status, "status");
		}

	}

	/** An account's resolution in one run: the company it is resolved to, {@code null} for none. */
	public record Resolved(String companyId) {

	}

	/** @param monthsOpen {@code null} for RESOLVED */
	public record Classified(ChangeClass changeClass, Integer monthsOpen) {

	}

}
