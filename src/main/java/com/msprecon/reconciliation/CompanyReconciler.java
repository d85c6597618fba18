package com.msprecon.reconciliation;

import com.msprecon.mapping.ServiceMap;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R5–R7 for one company: compares vendor seats with the quantities of the company's active additions (R1) per
 * mapped product, classifies each (company, product) and derives the PSA change orders.
 */
public final class CompanyReconciler {

	private final ServiceMap serviceMap;

	private final LocalDate asOfDate;

	private final LocalDate effectiveDate;

	private final long runId;

	/** @param runId the run whose orders these are: every order key names it (R10) */
	public CompanyReconciler(ServiceMap serviceMap, LocalDate asOfDate, long runId) {
		this.serviceMap = serviceMap;
		this.asOfDate = asOfDate;
		this.runId = runId;
		// change orders take effect on the first day of the month after the as-of date
		this.effectiveDate = asOfDate.withDayOfMonth(1).plusMonths(1);
	}

	public CompanyOutcome reconcile(CompanyBundle bundle) {
		Map<String, PsaAgreement> agreements = bundle.agreements()
			.stream()
			.collect(Collectors.toMap(PsaAgreement::agreementId, Function.identity()));
		Map<String, List<PsaAddition>> activeByProduct = new TreeMap<>();
		for (PsaAddition addition : bundle.additions()) {
			PsaAgreement agreement = agreements.get(addition.agreementId());
			String product = serviceMap.canonicalProduct(addition.productIdentifier());
			if (product != null && agreement != null && ActiveAdditionRule.isActive(addition, agreement, asOfDate)) {
				activeByProduct.computeIfAbsent(product, p -> new ArrayList<>()).add(addition);
			}
		}
		Map<String, Integer> vendorQty = new TreeMap<>();
		Map<String, TreeSet<String>> accounts = new TreeMap<>();
		for (VendorContribution c : bundle.contributions()) {
			String product = serviceMap.canonicalProduct(c.productIdentifier());
			vendorQty.merge(product, c.seats(), Integer::sum);
			accounts.computeIfAbsent(product, p -> new TreeSet<>()).add(c.accountCode());
		}
		TreeSet<String> products = new TreeSet<>(vendorQty.keySet());
		products.addAll(activeByProduct.keySet());

		List<PsaAgreement> activeAgreements = bundle.agreements().stream().filter(PsaAgreement::isActive).toList();
		List<ReconciliationLine> lines = new ArrayList<>();
		List<ChangeOrder> orders = new ArrayList<>();
		for (String product : products) {
			List<PsaAddition> active = activeByProduct.getOrDefault(product, List.of());
			BigDecimal vendor = BigDecimal.valueOf(vendorQty.getOrDefault(product, 0));
			BigDecimal psa = active.stream().map(PsaAddition::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
			LineStatus status = status(vendor, psa, !active.isEmpty());
			String lineKey = "P|" + bundle.company().companyId() + "|" + product;
			var orderContext = new OrderContext(bundle, agreements, activeAgreements, lineKey, product);
			List<ChangeOrder> lineOrders = switch (status) {
				case UNDER_BILLED, OVER_BILLED -> orderContext.adjust(active, vendor.subtract(psa));
				case NOT_BILLED -> List.of(orderContext.addLine(vendor));
				case NOT_IN_VENDOR -> orderContext.setToZero(active);
				default -> List.of();
			};
			orders.addAll(lineOrders);
			lines.add(new ReconciliationLine(lineKey, status, List.copyOf(accounts.getOrDefault(product, new TreeSet<>())),
					bundle.company().companyId(), bundle.company().name(), product, vendor, psa, vendor.subtract(psa),
					impact(lineOrders), null));
		}
		return new CompanyOutcome(lines, orders);
	}

	/** R6. */
	static LineStatus status(BigDecimal vendor, BigDecimal psa, boolean hasActiveAddition) {
		int cmp = vendor.compareTo(psa);
		if (cmp == 0) {
			return LineStatus.MATCH;
		}
		if (cmp > 0) {
			return hasActiveAddition ? LineStatus.UNDER_BILLED : LineStatus.NOT_BILLED;
		}
		return vendor.signum() > 0 ? LineStatus.OVER_BILLED : LineStatus.NOT_IN_VENDOR;
	}

	private static BigDecimal impact(List<ChangeOrder> orders) {
		return orders.stream()
			.map(ChangeOrder::monthlyImpact)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	/** Builds the R7 orders of one (company, product) line. */
	private final class OrderContext {

		private final CompanyBundle bundle;

		private final Map<String, PsaAgreement> agreements;

		private final List<PsaAgreement> activeAgreements;

		private final String lineKey;

		private final String product;

		OrderContext(CompanyBundle bundle, Map<String, PsaAgreement> agreements, List<PsaAgreement> activeAgreements,
				String lineKey, String product) {
			this.bundle = bundle;
			this.agreements = agreements;
			this.activeAgreements = activeAgreements;
			this.lineKey = lineKey;
			this.product = product;
		}

		/** The latest addition takes the whole delta; a decrease stops at 0 and moves the rest to the next. */
		List<ChangeOrder> adjust(List<PsaAddition> active, BigDecimal delta) {
			List<PsaAddition> ordered = active.stream().sorted(AdditionOrder.LATEST_FIRST).toList();
			if (delta.signum() > 0) {
				PsaAddition first = ordered.get(0);
				return List.of(change(ChangeAction.ADJUST, first, first.quantity().add(delta)));
			}
			List<ChangeOrder> orders = new ArrayList<>();
			BigDecimal remaining = delta.negate();
			for (PsaAddition addition : ordered) {
				if (remaining.signum() == 0) {
					break;
				}
				BigDecimal take = addition.quantity().min(remaining);
				if (take.signum() > 0) {
					orders.add(change(ChangeAction.ADJUST, addition, addition.quantity().subtract(take)));
					remaining = remaining.subtract(take);
				}
			}
			return orders;
		}

		List<ChangeOrder> setToZero(List<PsaAddition> active) {
			return active.stream()
				.sorted(AdditionOrder.LATEST_FIRST)
				.filter(a -> a.quantity().signum() > 0)
				.map(a -> change(ChangeAction.SET_TO_ZERO, a, BigDecimal.ZERO))
				.toList();
		}

		ChangeOrder addLine(BigDecimal vendor) {
			PsaAgreement agreement = activeAgreements.size() == 1 ? activeAgreements.get(0) : null;
			String note = agreement != null ? null
					: "choose the agreement: the company has " + activeAgreements.size() + " active agreements";
			BigDecimal price = serviceMap.unitPrice(product);
			if (price == null) {
				note = join(note, "no unit price in the service map");
			}
			return new ChangeOrder(ChangeOrder.newLineKey(runId, bundle.company().companyId(), product), lineKey, ChangeAction.ADD_LINE, bundle.company().companyId(),
					bundle.company().name(), agreement == null ? null : agreement.agreementId(),
					agreement == null ? null : agreement.name(), null, product, BigDecimal.ZERO, vendor, vendor, price,
					price == null ? null : vendor.multiply(price), effectiveDate, false, note);
		}

		private ChangeOrder change(ChangeAction action, PsaAddition addition, BigDecimal newQty) {
			BigDecimal delta = newQty.subtract(addition.quantity());
			BigDecimal price = addition.unitPrice();
			String note = null;
			if (price == null) {
				price = serviceMap.unitPrice(product);
				note = price == null ? "no unit price on the addition or in the service map"
						: "unit price from the service map";
			}
			PsaAgreement agreement = agreements.get(addition.agreementId());
			return new ChangeOrder(ChangeOrder.additionKey(runId, bundle.company().companyId(), addition.additionId()),
					lineKey, action, bundle.company().companyId(),
					bundle.company().name(), agreement.agreementId(), agreement.name(), addition.additionId(), product,
					addition.quantity(), newQty, delta, price, price == null ? null : delta.multiply(price),
					effectiveDate, delta.signum() < 0 && !isFree(price), note);
		}

		/** A decrease at a price of 0 changes no money: it needs no approval (docs/rules.md, decisions). */
		private static boolean isFree(BigDecimal price) {
			return price != null && price.signum() == 0;
		}

		private static String join(String a, String b) {
			return a == null ? b : a + "; " + b;
		}

	}

}
