package com.msprecon.usage;

import com.msprecon.sql.BulkInsert;
import com.msprecon.sql.SqlFiles;
import com.msprecon.staging.StagedData;
import com.msprecon.staging.StagingTable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A run's usage in the database: the staged counts ({@code stg_usage}, written by the staging step's
 * {@link com.msprecon.staging.StagingWriter}) and the linked outcome per account ({@code usage_account}).
 */
public final class UsageTables {

	private static final BulkInsert ACCOUNT_USAGE = BulkInsert.of("usage/insert-account-usage.sql");

	/** How a usage count fills its staging row. */
	public static final StagingTable<UsageCount> STAGED_USAGE = new StagingTable<>("usage/insert-usage.sql", "usage/discard-usage.sql",
			(u, p) -> p.addValue("usageKey", u.key())
				.addValue("accountCode", u.accountCode())
				.addValue("tenantId", u.tenantId())
				.addValue("tenantName", u.tenantName())
				.addValue("domains", StagedData.join(u.domains()))
				.addValue("actualUsers", u.actualUsers())
				.addValue("skus", u.skuList())
				.addValue("consumedUnits", u.consumedUnits())
				.addValue("problem", truncate(u.problem())));

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public UsageTables(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	public List<UsageCount> stagedCounts() {
		return jdbc.query(SqlFiles.load("usage/select-usage.sql"), run(),
				(rs, i) -> new UsageCount(rs.getString("account_code"), rs.getString("tenant_id"),
						rs.getString("tenant_name"), split(rs.getString("domains")),
						(Integer) rs.getObject("actual_users", Integer.class), split(rs.getString("skus"), ";"),
						(Integer) rs.getObject("consumed_units", Integer.class), rs.getString("problem")));
	}

	public List<UsageLinker.Account> stagedAccounts() {
		return jdbc.query(SqlFiles.load("usage/select-vendor-accounts.sql"), run(),
				(rs, i) -> new UsageLinker.Account(rs.getString("account_code"), split(rs.getString("domains")),
						(Integer) rs.getObject("actual_users", Integer.class)));
	}

	/** Replaces the run's linked usage (linking is redone whole when its step runs again). */
	public void replaceAccountUsage(List<AccountUsage> usage) {
		jdbc.update(SqlFiles.load("usage/delete-account-usage.sql"), run());
		List<SqlParameterSource> rows = usage.stream()
			.map(u -> (SqlParameterSource) run().addValue("rowKey", u.rowKey())
				.addValue("accountCode", u.accountCode())
				.addValue("tenantId", u.tenantId())
				.addValue("status", u.status().name())
				.addValue("link", u.link() == null ? null : u.link().name())
				.addValue("origin", u.origin() == null ? null : u.origin().name())
				.addValue("actualUsers", u.actualUsers())
				.addValue("skus", u.skus())
				.addValue("consumedUnits", u.consumedUnits())
				.addValue("note", truncate(u.note())))
			.toList();
		ACCOUNT_USAGE.insert(jdbc, rows);
	}

	/** The run's linked usage: accounts in code order, then counts that no account took. */
	public void accountUsage(Consumer<AccountUsage> each) {
		jdbc.query(SqlFiles.load("usage/select-account-usage.sql"), run(), rs -> {
			String link = rs.getString("link");
			String origin = rs.getString("origin");
			each.accept(new AccountUsage(rs.getString("account_code"), rs.getString("tenant_id"),
					UsageStatus.valueOf(rs.getString("status")), link == null ? null : LinkMethod.valueOf(link),
					origin == null ? null : UsageOrigin.valueOf(origin),
					(Integer) rs.getObject("actual_users", Integer.class), rs.getString("skus"),
					(Integer) rs.getObject("consumed_units", Integer.class), rs.getString("note")));
		});
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	private static List<String> split(String value) {
		return split(value, StagedData.LIST_SEPARATOR);
	}

	private static List<String> split(String value, String separator) {
		return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(separator));
	}

	private static String truncate(String value) {
		return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
	}

}
