package com.msprecon.staging;

import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.reconciliation.CompanyBundle;
import com.msprecon.reconciliation.VendorContribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads companies in id order, each with its agreements, additions and vendor seats. One page costs four
 * queries (companies, then everything of that id range), never one query per company.
 */
public class CompanyBundleReader extends KeysetPagingReader<CompanyBundle> {

	/** The vendor seats of the companies with {@code afterKey < company_id <= lastKey}. */
	@FunctionalInterface
	public interface Contributions {

		List<VendorContribution> ofCompanies(String afterKey, String lastKey);

	}

	private final StagedData staged;

	private final Contributions contributions;

	/** @param contributions the seats the resolve step stored (the results' owner reads them) */
	public CompanyBundleReader(StagedData staged, Contributions contributions, int pageSize) {
		super("companyBundleReader", pageSize);
		this.staged = staged;
		this.contributions = contributions;
	}

	@Override
	protected List<CompanyBundle> readPage(String afterKey, int limit) {
		List<PsaCompany> companies = staged.companiesAfter(afterKey, limit);
		if (companies.isEmpty()) {
			return List.of();
		}
		String lastKey = companies.get(companies.size() - 1).companyId();
		Map<String, Parts> parts = new HashMap<>();
		companies.forEach(c -> parts.put(c.companyId(), new Parts()));
		for (PsaAgreement agreement : staged.agreementsOf(afterKey, lastKey)) {
			parts.get(agreement.companyId()).agreements.add(agreement);
		}
		for (StagedData.CompanyAddition addition : staged.additionsOf(afterKey, lastKey)) {
			parts.get(addition.companyId()).additions.add(addition.addition());
		}
		for (VendorContribution contribution : contributions.ofCompanies(afterKey, lastKey)) {
			parts.get(contribution.companyId()).contributions.add(contribution);
		}
		return companies.stream().map(c -> {
			Parts p = parts.get(c.companyId());
			return new CompanyBundle(c, p.agreements, p.additions, p.contributions);
		}).toList();
	}

	@Override
	protected String keyOf(CompanyBundle item) {
		return item.company().companyId();
	}

	private static final class Parts {

		final List<PsaAgreement> agreements = new ArrayList<>();

		final List<com.msprecon.psa.PsaAddition> additions = new ArrayList<>();

		final List<VendorContribution> contributions = new ArrayList<>();

	}

}
