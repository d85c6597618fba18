package com.msprecon.mapping;

import java.math.BigDecimal;

/**
 * A row of the service map: a vendor package (its bracketed id or its name) mapped to a PSA product, or
 * ignored ({@code IGNORE}).
 *
 * @param psaProductIdentifier the product, or {@code null} when the package is ignored
 * @param unitPrice the price of a line the PSA does not bill yet, or {@code null}
 */
public record ServiceMapEntry(String vendorPackage, String psaProductIdentifier, boolean ignored,
		BigDecimal unitPrice, String note, long line) {

}
