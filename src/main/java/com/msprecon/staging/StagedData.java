package com.msprecon.staging;

import com.msprecon.input.InputReject;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.psa.BillingMode;
import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.run.InputCount;
import com.msprecon.sql.SqlFiles;
import com.msprecon.vendor.VendorAccount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The owner of a run's staging tables ({@code stg_*}) and rejects ({@code input_reject}) for reading: the staged
 * inputs page by page, the rejects, and the counts per input. {@link StagingWriter} writes them.
 */
public class StagedData {

	/** Separator of list values (packages, domains) inside one column. */
	public static final String LIST_SEPARATOR = "\n";

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public StagedData(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	public List<PsaCompany> companies() {
		return jdbc.query(SqlFiles.load("staging/select-companies.sql"), run(), (rs, i) -> company(rs));
	}

	public List<VendorAccount> vendorAccountsAfter(String afterKey, int limit) {
		return jdbc.query(SqlFiles.load("staging/page-vendor-accounts.sql"), page(afterKey, limit),
				(rs, i) -> new VendorAccount(rs.getString("account_code"), rs.getString("account_name"),
						rs.getInt("user_count"), split(rs.getString("packages")), split(rs.getString("domains")),
						(Integer) rs.getObject("actual_users", Integer.class)));
	}

	public List<PsaCompany> companiesAfter(String afterKey, int limit) {
		return jdbc.query(SqlFiles.load("staging/page-companies.sql"), page(afterKey, limit),
				(rs, i) -> company(rs));
	}

	/** Agreements of the companies with {@code afterKey < company_id <= lastKey}. */
	public List<PsaAgreement> agreementsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("staging/agreements-of-company-range.sql"), range(afterKey, lastKey),
				(rs, i) -> new PsaAgreement(rs.getString("agreement_id"), rs.getString("company_id"),
						rs.getString("name"), AgreementStatus.ofLabel(rs.getString("status")).orElseThrow()));
	}

	/** Additions of the companies in the range, each with its company id. */
	public List<CompanyAddition> additionsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("staging/additions-of-company-range.sql"), range(afterKey, lastKey),
				(rs, i) -> new CompanyAddition(rs.getString("company_id"),
						new PsaAddition(rs.getString("addition_id"), rs.getString("agreement_id"),
								rs.getString("product_identifier"), rs.getBigDecimal("quantity"),
								rs.getBigDecimal("less_included"), rs.getBigDecimal("unit_price"),
								rs.getBigDecimal("unit_cost"), billingMode(rs.getString("bill_customer")),
								rs.getObject("effective_date", LocalDate.class),
								rs.getObject("cancelled_date", LocalDate.class))));
	}

	/** Every rejected input record of the run, in file and line order. */
	public void rejects(Consumer<InputReject> each) {
		jdbc.query(SqlFiles.load("staging/select-rejects.sql"), run(),
				(RowCallbackHandler) rs -> each.accept(new InputReject(rs.getString("source"), rs.getLong("line_no"),
						rs.getString("column_name"), rs.getString("reason"), rs.getString("raw_record"))));
	}

	public long rejectCount() {
		return jdbc.queryForObject(SqlFiles.load("staging/reject-count.sql"), run(), Long.class);
	}

	/** Records used (staged) and rejected per input of the run: read = used + rejected. */
	public List<InputCount> countsPerInput() {
		return jdbc.query(SqlFiles.load("staging/count-input-records.sql"), run(),
				(rs, i) -> new InputCount(rs.getString("source"), rs.getLong("used"), rs.getLong("rejected")));
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
