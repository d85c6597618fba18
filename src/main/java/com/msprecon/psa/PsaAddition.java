package com.msprecon.psa;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recurring line of an agreement (an "addition" in ConnectWise, a contract service in Autotask): product and
 * quantity billed monthly.
 * Optional values are {@code null}; {@code lessIncluded} defaults to zero.
 */
public record PsaAddition(String additionId, String agreementId, String productIdentifier, BigDecimal quantity,
		BigDecimal lessIncluded, BigDecimal unitPrice, BigDecimal unitCost, BillingMode billCustomer,
		LocalDate effectiveDate, LocalDate cancelledDate) {

}
