package com.msprecon.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service map as a lookup (R4): a vendor package {@code "Name [id]"} is looked up by its id, then by its
 * name, trimmed and case-insensitively. Product identifiers are compared case-insensitively too and reported
 * as the service map spells them.
 */
public final class ServiceMap {

	private static final Pattern BRACKETED_ID = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]+)]\\s*$");

	private final Map<String, List<ServiceMapEntry>> byKey = new LinkedHashMap<>();

	private final Map<String, String> productSpelling = new LinkedHashMap<>();

	private final Map<String, BigDecimal> productPrice = new LinkedHashMap<>();

	public ServiceMap(List<ServiceMapEntry> entries) {
		for (ServiceMapEntry entry : entries) {
			byKey.computeIfAbsent(key(entry.vendorPackage()), k -> new ArrayList<>()).add(entry);
			if (!entry.ignored()) {
				String product = productKey(entry.psaProductIdentifier());
				productSpelling.putIfAbsent(product, entry.psaProductIdentifier());
				// first price given for a product, in file order
				if (entry.unitPrice() != null) {
					productPrice.putIfAbsent(product, entry.unitPrice());
				}
			}
		}
	}

	/** The rows for a package, by id first, then by name; empty when the package is not in the map. */
	public Optional<List<ServiceMapEntry>> lookup(String vendorPackage) {
		String trimmed = vendorPackage.strip();
		Matcher m = BRACKETED_ID.matcher(trimmed);
		if (m.matches()) {
			List<ServiceMapEntry> byId = byKey.get(key(m.group(2)));
			if (byId != null) {
				return Optional.of(byId);
			}
			trimmed = m.group(1);
		}
		return Optional.ofNullable(byKey.get(key(trimmed)));
	}

	/** The distinct PSA products (service map spelling) a package maps to; empty for IGNORE. */
	public static Set<String> products(List<ServiceMapEntry> rows) {
		Set<String> products = new LinkedHashSet<>();
		for (ServiceMapEntry row : rows) {
			if (!row.ignored()) {
				products.add(row.psaProductIdentifier());
			}
		}
		return products;
	}

	/** Whether the product is reconciled at all (R5: only products in the service map). */
	public boolean isMappedProduct(String productIdentifier) {
		return productSpelling.containsKey(productKey(productIdentifier));
	}

	/** The product as the service map spells it, or {@code null} when it is not in the map. */
	public String canonicalProduct(String productIdentifier) {
		return productSpelling.get(productKey(productIdentifier));
	}

	/** The first unit price the service map gives the product, or {@code null}. */
	public BigDecimal unitPrice(String productIdentifier) {
		return productPrice.get(productKey(productIdentifier));
	}

	static String key(String vendorPackage) {
		return vendorPackage.strip().toLowerCase(Locale.ROOT);
	}

	static String productKey(String product) {
		return product.strip().toUpperCase(Locale.ROOT);
	}

}
