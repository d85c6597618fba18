package com.msprecon.psa;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recurring line of an agreement ("addition" in ConnectWise): product and quantity billed monthly.
 * Optional values are {@code null}; {@code lessIncluded} defaults to zero.
 */
public record PsaAddition(String additionId, String agreementId, String productIdentifier, BigDecimal quantity,
		BigDecimal lessIncluded, BigDecimal unitPrice, BigDecimal unitCost, String billCustomer,
		LocalDate effectiveDate, LocalDate cancelledDate) {

}
