package com.msprecon.staging;

import com.msprecon.mapping.AccountMapEntry;
import com.msprecon.mapping.ServiceMapEntry;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.BillingMode;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.reconciliation.VendorContribution;
import com.msprecon.sql.SqlFiles;
import com.msprecon.vendor.VendorAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads a run's staged inputs and mapping tables back from the database. */
public class StagedData {

	/** Separator of list values (packages, domains) inside one column. */
	public static final String LIST_SEPARATOR = "\n";

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public StagedData(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	public List<AccountMapEntry> accountMap() {
		return jdbc.query(SqlFiles.load("reconciliation/select-map-account.sql"), run(),
				(rs, i) -> new AccountMapEntry(rs.getString("vendor_account_code"), rs.getString("psa_company_id"),
						rs.getBoolean("excluded"), rs.getString("note"), rs.getLong("line_no")));
	}

	public List<ServiceMapEntry> serviceMap() {
		return jdbc.query(SqlFiles.load("reconciliation/select-map-service.sql"), run(),
				(rs, i) -> new ServiceMapEntry(rs.getString("vendor_package"), rs.getString("psa_product_identifier"),
						rs.getBoolean("ignored"), rs.getBigDecimal("unit_price"), rs.getString("note"),
						rs.getLong("line_no")));
	}

	public List<PsaCompany> companies() {
		return jdbc.query(SqlFiles.load("reconciliation/select-companies.sql"), run(), (rs, i) -> company(rs));
	}

	public List<VendorAccount> vendorAccountsAfter(String afterKey, int limit) {
		return jdbc.query(SqlFiles.load("reconciliation/page-vendor-accounts.sql"), page(afterKey, limit),
				(rs, i) -> new VendorAccount(rs.getString("account_code"), rs.getString("account_name"),
						rs.getInt("user_count"), split(rs.getString("packages")), split(rs.getString("domains")),
						(Integer) rs.getObject("actual_users", Integer.class)));
	}

	public List<PsaCompany> companiesAfter(String afterKey, int limit) {
		return jdbc.query(SqlFiles.load("reconciliation/page-companies.sql"), page(afterKey, limit),
				(rs, i) -> company(rs));
	}

	/** Agreements of the companies with {@code afterKey < company_id <= lastKey}. */
	public List<PsaAgreement> agreementsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("reconciliation/agreements-of-company-range.sql"), range(afterKey, lastKey),
				(rs, i) -> new PsaAgreement(rs.getString("agreement_id"), rs.getString("company_id"),
						rs.getString("name"), AgreementStatus.ofLabel(rs.getString("status")).orElseThrow()));
	}

	/** Additions of the companies in the range, each with its company id. */
	public List<CompanyAddition> additionsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("reconciliation/additions-of-company-range.sql"), range(afterKey, lastKey),
				(rs, i) -> new CompanyAddition(rs.getString("company_id"),
						new PsaAddition(rs.getString("addition_id"), rs.getString("agreement_id"),
								rs.getString("product_identifier"), rs.getBigDecimal("quantity"),
								rs.getBigDecimal("less_included"), rs.getBigDecimal("unit_price"),
								rs.getBigDecimal("unit_cost"), billingMode(rs.getString("bill_customer")),
								rs.getObject("effective_date", LocalDate.class),
								rs.getObject("cancelled_date", LocalDate.class))));
	}

	public List<VendorContribution> contributionsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("reconciliation/contributions-of-company-range.sql"), range(afterKey, lastKey),
				(rs, i) -> new VendorContribution(rs.getString("account_code"), rs.getString("product_identifier"),
						rs.getString("company_id"), rs.getInt("seats"), rs.getString("packages")));
	}

	/** An addition with the company of its agreement. */
	public record CompanyAddition(String companyId, PsaAddition addition) {

	}

	private static BillingMode billingMode(String label) {
		return label == null ? null : BillingMode.ofLabel(label).orElseThrow();
	}

	public static String join(List<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

	static List<String> split(String value) {
		return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(LIST_SEPARATOR));
	}

	private static PsaCompany company(ResultSet rs) throws SQLException {
		return new PsaCompany(rs.getString("company_id"), rs.getString("identifier"), rs.getString("name"),
				rs.getString("website"), CompanyStatus.ofLabel(rs.getString("status")));
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	private MapSqlParameterSource page(String afterKey, int limit) {
		return run().addValue("afterKey", afterKey).addValue("pageSize", limit);
	}

	private MapSqlParameterSource range(String afterKey, String lastKey) {
		return run().addValue("afterKey", afterKey).addValue("lastKey", lastKey);
	}

}
