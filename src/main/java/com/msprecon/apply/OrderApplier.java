package com.msprecon.apply;

import com.msprecon.psa.PsaChangeSink;
import com.msprecon.psa.PsaChangeSink.LiveAddition;
import com.msprecon.psa.PsaChangeSink.NewLine;
import com.msprecon.psa.PsaOutcomeUnknownException;
import com.msprecon.psa.PsaRefusedException;
import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * docs/rules.md R11 for one decided order: read the PSA live, check for a conflict, write the absolute quantity
 * (or create the tagged line after looking for it), read back. In {@link ApplyMode#PREVIEW} it stops before the
 * write and reports the plan (R12). Before any write it hands an {@code IN_FLIGHT} entry to {@code inFlight},
 * which commits it; the entry it returns is the order's final state in this apply run.
 *
 * <p>What earlier attempts left decides first: an order APPLIED by an earlier apply run is SKIPPED, one APPLIED
 * by this run (its rerun) stays as it is, and an IN_FLIGHT one (the process died after the call) is settled by
 * the live value: the target means APPLIED, the order's current quantity means write again, anything else is a
 * CONFLICT. A new line that an earlier run's order already added (R12: it starts after this run's date, so this
 * run ordered it again) is SKIPPED while that line is in the PSA.
 */
public final class OrderApplier implements ItemProcessor<DecidedOrder, LedgerEntry> {

	/** Creating a line whose outcome stayed unknown after a look-up found nothing is tried this often in all. */
	static final int CREATE_ATTEMPTS = 2;

	private final long applyRunId;

	private final long reconRunId;

	private final ApplyMode mode;

	private final PsaChangeSink psa;

	private final ApplyStore store;

	private final Consumer<LedgerEntry> inFlight;

	private final Clock clock;

	private final Map<String, java.util.List<ApplyStore.EarlierLine>> earlierLines;

	/**
	 * @param earlierLines the new-line orders whose line an earlier run's order added (R12), by order key
	 * @param inFlight commits an IN_FLIGHT entry in a transaction of its own, before the PSA is called */
	public OrderApplier(long applyRunId, long reconRunId, ApplyMode mode, PsaChangeSink psa, ApplyStore store,
			Map<String, java.util.List<ApplyStore.EarlierLine>> earlierLines, Consumer<LedgerEntry> inFlight,
			Clock clock) {
		this.applyRunId = applyRunId;
		this.reconRunId = reconRunId;
		this.mode = mode;
		this.psa = psa;
		this.store = store;
		this.earlierLines = Map.copyOf(earlierLines);
		this.inFlight = inFlight;
		this.clock = clock;
	}

	@Override
	public LedgerEntry process(DecidedOrder decided) {
		ChangeOrder order = decided.order();
		LedgerEntry entry = new LedgerEntry(applyRunId, reconRunId, order.orderKey(), mode, LedgerState.PLANNED,
				order.currentQty(), order.newQty(), null, null, decided.approval().decidedBy(), null, now());
		if (decided.approval().decision() == Decision.REJECT) {
			return done(entry, LedgerState.SKIPPED, null, null, "rejected by " + decided.approval().decidedBy()
					+ (decided.approval().note() == null ? "" : ": " + decided.approval().note()));
		}
		Optional<PriorAttempt> prior = store.priorAttempt(reconRunId, order.orderKey());
		if (prior.isPresent() && prior.get().state() == LedgerState.APPLIED) {
			PriorAttempt applied = prior.get();
			if (applied.applyRunId() == applyRunId && mode == ApplyMode.APPLY) {
				return done(entry, LedgerState.APPLIED, applied.liveQty(), applied.createdLineId(),
						"applied by this run at " + applied.updatedAt());
			}
			return done(entry, LedgerState.SKIPPED, applied.liveQty(), applied.createdLineId(),
					"already applied by apply run " + applied.applyRunId() + " at " + applied.updatedAt());
		}
		boolean settling = prior.isPresent() && prior.get().state() == LedgerState.IN_FLIGHT;
		try {
			return order.action() == ChangeAction.ADD_LINE ? addLine(entry, order, settling)
					: adjust(entry, order, settling);
		}
		catch (PsaRefusedException ex) {
			return done(entry, LedgerState.FAILED, null, null, "the PSA refused it: " + ex.getMessage());
		}
	}

	/** Steps 1-4 for an order that sets an existing addition's quantity. */
	private LedgerEntry adjust(LedgerEntry entry, ChangeOrder order, boolean settling) {
		Optional<LiveAddition> read = psa.readAddition(order.agreementId(), order.additionId());
		if (read.isEmpty()) {
			return done(entry, LedgerState.CONFLICT, null, null, "the PSA has no addition " + order.additionId()
					+ " on agreement " + order.agreementId() + " any more; nothing written");
		}
		BigDecimal live = read.get().quantity();
		if (settling && same(live, order.newQty())) {
			return done(entry, LedgerState.APPLIED, live, null,
					"settled: the PSA shows the target, written by the interrupted attempt");
		}
		if (!same(live, order.currentQty())) {
			return done(entry, LedgerState.CONFLICT, live, null, "the PSA shows " + plain(live) + ", the order expected "
					+ plain(order.currentQty()) + (same(live, order.newQty()) ? " (someone already set the target)" : "")
					+ "; nothing written");
		}
		if (mode == ApplyMode.PREVIEW) {
			return done(entry, LedgerState.PLANNED, live, null,
					"would set " + plain(order.currentQty()) + " -> " + plain(order.newQty()));
		}
		inFlight.accept(entry.with(LedgerState.IN_FLIGHT, live, null, settling ? "written again" : null, now()));
		psa.setQuantity(order.agreementId(), order.additionId(), order.newQty());
		BigDecimal back = psa.readAddition(order.agreementId(), order.additionId())
			.map(LiveAddition::quantity)
			.orElse(null);
		if (!same(back, order.newQty())) {
			return done(entry, LedgerState.FAILED, back, null, "written " + plain(order.newQty()) + " but the PSA reads "
					+ (back == null ? "no addition" : plain(back)) + " back");
		}
		return done(entry, LedgerState.APPLIED, live, null, settling ? "written again after an interrupted attempt"
				: "set " + plain(order.currentQty()) + " -> " + plain(order.newQty()));
	}

	/** Steps 1-4 for a new line: found by its tag means applied; else created with the tag and read back. */
	private LedgerEntry addLine(LedgerEntry entry, ChangeOrder order, boolean settling) {
		if (order.agreementId() == null) {
			return done(entry, LedgerState.FAILED, null, null, "the order names no agreement: " + order.note());
		}
		for (ApplyStore.EarlierLine earlier : earlierLines.getOrDefault(order.orderKey(), java.util.List.of())) {
			// R12: this run could not count the earlier run's line yet (it starts later) and ordered it again
			Optional<LiveAddition> line = psa.findLineTagged(order.agreementId(), order.productIdentifier(), earlier.orderKey());
			if (line.isPresent()) {
				return done(entry, LedgerState.SKIPPED, line.get().quantity(), line.get().additionId(),
						"the line was added by order " + earlier.orderKey() + " (apply run " + earlier.applyRunId()
								+ ", addition " + line.get().additionId() + ") and starts on "
								+ earlier.effectiveDate() + "; not added twice");
			}
		}
		Optional<LiveAddition> found = psa.findLineTagged(order.agreementId(), order.productIdentifier(), order.orderKey());
		if (found.isPresent()) {
			return found(entry, order, found.get(), settling ? "settled: the line created by the interrupted attempt"
					: "the line tagged with the order key is there already; not created again");
		}
		if (mode == ApplyMode.PREVIEW) {
			return done(entry, LedgerState.PLANNED, null, null, "would add " + plain(order.newQty()) + " x "
					+ order.productIdentifier() + " to agreement " + order.agreementId());
		}
		NewLine line = new NewLine(order.agreementId(), order.productIdentifier(), order.newQty(), order.unitPrice(),
				order.effectiveDate(), order.orderKey());
		inFlight.accept(entry.with(LedgerState.IN_FLIGHT, null, null, null, now()));
		for (int attempt = 1;; attempt++) {
			String id;
			try {
				id = psa.createLine(line);
			}
			catch (PsaOutcomeUnknownException ex) {
				// the POST may have created it: only a look-up that finds nothing allows sending it again
				Optional<LiveAddition> created = psa.findLineTagged(order.agreementId(), order.productIdentifier(), order.orderKey());
				if (created.isPresent()) {
					return created(entry, order, created.get(), "created; the PSA's answer was lost, found by its tag");
				}
				if (attempt >= CREATE_ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			Optional<LiveAddition> back = psa.readAddition(order.agreementId(), id);
			return back.isPresent() ? created(entry, order, back.get(), "created as addition " + id)
					: done(entry, LedgerState.FAILED, null, id, "created as addition " + id + " but it cannot be read back");
		}
	}

	/**
	 * A line this attempt created: checked like a found one, but its live value stays empty, as the preview had
	 * it, since there was no line before the write (the live column is always the value seen before writing).
	 */
	private LedgerEntry created(LedgerEntry entry, ChangeOrder order, LiveAddition line, String message) {
		LedgerEntry checked = found(entry, order, line, message);
		return checked.state() == LedgerState.APPLIED ? checked.with(LedgerState.APPLIED, null, line.additionId(),
				message, checked.updatedAt()) : checked;
	}

	private LedgerEntry found(LedgerEntry entry, ChangeOrder order, LiveAddition line, String message) {
		if (!same(line.quantity(), order.newQty())) {
			return done(entry, LedgerState.FAILED, line.quantity(), line.additionId(), message + ", but it shows "
					+ plain(line.quantity()) + " instead of " + plain(order.newQty()));
		}
		return done(entry, LedgerState.APPLIED, line.quantity(), line.additionId(), message);
	}

	private LedgerEntry done(LedgerEntry entry, LedgerState state, BigDecimal live, String lineId, String message) {
		return entry.with(state, live, lineId, message, now());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
