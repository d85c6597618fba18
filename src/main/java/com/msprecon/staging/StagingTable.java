package com.msprecon.staging;

import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.vendor.VendorAccount;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A staging table as its writer needs it: the insert statement and how a record fills its columns (the run,
 * source and line are added by {@link StagingWriter}). One constant per source record.
 *
 * @param insertSqlFile the insert statement under {@code sql/}
 * @param discardSqlFile deletes the rows a run staged, to stage a corrected input again (docs/rules.md §1)
 * @param columns adds the record's columns to parameters that already hold runId, source and line
 */
public record StagingTable<T>(String insertSqlFile, String discardSqlFile,
		BiFunction<T, MapSqlParameterSource, MapSqlParameterSource> columns) {

	public static final StagingTable<VendorAccount> VENDOR_ACCOUNTS = new StagingTable<>(
			"staging/insert-vendor-account.sql", "staging/discard-vendor-account.sql",
			(a, p) -> p.addValue("accountCode", a.accountCode())
				.addValue("accountName", a.accountName())
				.addValue("userCount", a.userCount())
				.addValue("packages", StagedData.join(a.packages()))
				.addValue("domains", StagedData.join(a.domains()))
				.addValue("actualUsers", a.actualUsers()));

	public static final StagingTable<PsaCompany> PSA_COMPANIES = new StagingTable<>("staging/insert-psa-company.sql",
			"staging/discard-psa-company.sql",
			(c, p) -> p.addValue("companyId", c.companyId())
				.addValue("identifier", c.identifier())
				.addValue("name", c.name())
				.addValue("website", c.website())
				.addValue("status", c.status().label()));

	public static final StagingTable<PsaAgreement> PSA_AGREEMENTS = new StagingTable<>(
			"staging/insert-psa-agreement.sql", "staging/discard-psa-agreement.sql",
			(a, p) -> p.addValue("agreementId", a.agreementId())
				.addValue("companyId", a.companyId())
				.addValue("name", a.name())
				.addValue("status", a.status().label()));

	public static final StagingTable<PsaAddition> PSA_ADDITIONS = new StagingTable<>(
			"staging/insert-psa-addition.sql", "staging/discard-psa-addition.sql",
			(a, p) -> p.addValue("additionId", a.additionId())
				.addValue("agreementId", a.agreementId())
				.addValue("productIdentifier", a.productIdentifier())
				.addValue("quantity", a.quantity())
				.addValue("lessIncluded", a.lessIncluded())
				.addValue("unitPrice", a.unitPrice())
				.addValue("unitCost", a.unitCost())
				.addValue("billCustomer", a.billCustomer() == null ? null : a.billCustomer().label())
				.addValue("effectiveDate", a.effectiveDate())
				.addValue("cancelledDate", a.cancelledDate()));

}
