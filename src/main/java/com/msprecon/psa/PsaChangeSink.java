package com.msprecon.psa;

import com.msprecon.input.MspInputs;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Writing change orders to the PSA (docs/rules.md R11), in the product's words. Every method talks to the PSA
 * at once: reads are live, never from the reconciliation's staged copy. Quantities are absolute: a PSA that takes
 * changes rather than totals computes {@code target - live} inside its implementation, at the moment it writes.
 *
 * <p>Failures: {@link PsaRefusedException} when the PSA refused this one change (it will refuse it again);
 * {@link PsaOutcomeUnknownException} when a line may or may not have been created; any other exception means the
 * PSA could not be reached, and the run stops so that its rerun settles the order.
 */
public interface PsaChangeSink {

	/** The addition as the PSA has it now, or empty when the PSA has no such addition. */
	Optional<LiveAddition> readAddition(String agreementId, String additionId);

	/** Sets the addition's quantity to {@code quantity} (an absolute value: sending it twice changes nothing more). */
	void setQuantity(String agreementId, String additionId, BigDecimal quantity);

	/**
	 * The agreement's line created earlier for the order with this tag, if there is one. A PSA that cannot tag a
	 * line (Autotask) finds it by its product instead: the agreement's most recently added line of that product.
	 */
	Optional<LiveAddition> findLineTagged(String agreementId, String productIdentifier, String tag);

	/**
	 * Creates the line, tagged so that {@link #findLineTagged} finds it. Not idempotent: after a
	 * {@link PsaOutcomeUnknownException} look the line up by its tag before creating it again.
	 *
	 * @return the PSA's id of the new line
	 */
	String createLine(NewLine line);

	/** An addition as read live: its id, product and quantity. */
	record LiveAddition(String additionId, String agreementId, String productIdentifier, BigDecimal quantity) {

	}

	/** A line to create on an agreement; {@code tag} is the order key it comes from. */
	record NewLine(String agreementId, String productIdentifier, BigDecimal quantity, BigDecimal unitPrice,
			java.time.LocalDate effectiveDate, String tag) {

	}

	/**
	 * This sink as it writes one MSP's changes (docs/rules.md §4.4): with the MSP's own credentials where it has
	 * them, so that an MSP's orders go to the account its runs read. A sink that is the same for every MSP
	 * returns itself.
	 */
	default PsaChangeSink forMsp(MspInputs msp) {
		return this;
	}

}
