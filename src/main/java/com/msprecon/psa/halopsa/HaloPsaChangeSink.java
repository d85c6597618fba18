package com.msprecon.psa.halopsa;

import com.msprecon.psa.PsaChangeSink;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * HaloPSA has no writer yet: with {@code recon.psa.source=halopsa-api} the apply job stops at its first order with
 * a sentence that says so, instead of writing to another PSA ({@link Primary} over the ConnectWise writer, as the
 * Autotask writer is). Nothing is read or written.
 */
@Component
@Lazy
@Primary
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "halopsa-api")
public class HaloPsaChangeSink implements PsaChangeSink {

	static final String NOT_YET = "The apply job cannot write to HaloPSA yet (recon.psa.source=halopsa-api): nothing "
			+ "was read or written; enter the approved orders of the PSA Change Orders sheet in HaloPSA by hand";

	@Override
	public Optional<LiveAddition> readAddition(String agreementId, String additionId) {
		throw new UnsupportedOperationException(NOT_YET);
	}

	@Override
	public void setQuantity(String agreementId, String additionId, BigDecimal quantity) {
		throw new UnsupportedOperationException(NOT_YET);
	}

	@Override
	public Optional<LiveAddition> findLineTagged(String agreementId, String productIdentifier, String tag) {
		throw new UnsupportedOperationException(NOT_YET);
	}

	@Override
	public String createLine(NewLine line) {
		throw new UnsupportedOperationException(NOT_YET);
	}

}
