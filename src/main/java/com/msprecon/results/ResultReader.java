package com.msprecon.results;

import com.msprecon.input.InputReject;
import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.reconciliation.SyncUpLine;
import com.msprecon.sql.SqlFiles;
import com.msprecon.usage.UsageTables;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Streams a run's stored results back, in the order the outputs show them. */
public class ResultReader {

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public ResultReader(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	public void lines(Consumer<ReconciliationLine> each) {
		stream("export/lines.sql", rs -> each.accept(line(rs)));
	}

	/** The UNMAPPED_SERVICE lines, each with its account's name (the line itself names the account by code). */
	public void unmappedServices(BiConsumer<ReconciliationLine, String> each) {
		stream("export/unmapped-services.sql", rs -> each.accept(line(rs), rs.getString("account_name")));
	}

	private static ReconciliationLine line(ResultSet rs) throws SQLException {
		String codes = rs.getString("account_codes");
		return new ReconciliationLine(rs.getString("line_key"), LineStatus.valueOf(rs.getString("status")),
				codes.isEmpty() ? List.of() : Arrays.asList(codes.split(";")), rs.getString("company_id"),
				rs.getString("company_name"), rs.getString("product_identifier"), rs.getBigDecimal("vendor_qty"),
				rs.getBigDecimal("psa_qty"), rs.getBigDecimal("delta"), rs.getBigDecimal("monthly_impact"),
				rs.getString("note"));
	}

	public void changeOrders(Consumer<ChangeOrder> each) {
		stream("export/change-orders.sql",
				rs -> each.accept(new ChangeOrder(rs.getString("order_key"), rs.getString("line_key"),
						ChangeAction.valueOf(rs.getString("action")), rs.getString("company_id"),
						rs.getString("company_name"), rs.getString("agreement_id"), rs.getString("agreement_name"),
						rs.getString("addition_id"), rs.getString("product_identifier"), rs.getBigDecimal("current_qty"),
						rs.getBigDecimal("new_qty"), rs.getBigDecimal("delta"), rs.getBigDecimal("unit_price"),
						rs.getBigDecimal("monthly_impact"), rs.getObject("effective_date", LocalDate.class),
						rs.getBoolean("approval_required"), rs.getString("note"))));
	}

	public void syncUp(Consumer<SyncUpLine> each) {
		stream("export/sync-up.sql",
				rs -> each.accept(new SyncUpLine(rs.getString("account_code"), rs.getString("account_name"),
						rs.getString("company_id"), rs.getString("company_name"), rs.getInt("user_count"),
						rs.getInt("actual_users"), rs.getInt("change_qty"))));
	}

	public void resolutions(Consumer<AccountResolution> each) {
		stream("export/resolutions.sql",
				rs -> each.accept(new AccountResolution(rs.getString("account_code"), rs.getString("account_name"),
						ResolutionMethod.valueOf(rs.getString("method")), rs.getString("company_id"),
						rs.getString("company_name"), rs.getBigDecimal("score").doubleValue(), rs.getString("reason"),
						ResultStore.CandidateCodec.decode(rs.getString("candidates")), rs.getInt("user_count"),
						(Integer) rs.getObject("actual_users", Integer.class), rs.getInt("seats"))));
	}

	/** The run's actual users per account and where they came from (docs/rules.md §4.3). */
	public UsageTables usage() {
		return new UsageTables(jdbc, runId);
	}

	public void rejects(Consumer<InputReject> each) {
		stream("export/rejects.sql",
				rs -> each.accept(new InputReject(rs.getString("source"), rs.getLong("line_no"),
						rs.getString("column_name"), rs.getString("reason"), rs.getString("raw_record"))));
	}

	/** Count, quantities and monthly impact per status; every status is present (zero when no line has it). */
	public Map<LineStatus, StatusTotals> statusTotals() {
		Map<LineStatus, StatusTotals> totals = new EnumMap<>(LineStatus.class);
		for (LineStatus status : LineStatus.values()) {
			totals.put(status, new StatusTotals(status, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
		}
		stream("export/status-summary.sql", rs -> {
			LineStatus status = LineStatus.valueOf(rs.getString("status"));
			totals.put(status, new StatusTotals(status, rs.getLong("line_count"), rs.getBigDecimal("vendor_qty"),
					rs.getBigDecimal("psa_qty"), rs.getBigDecimal("delta"), rs.getBigDecimal("monthly_impact")));
		});
		return totals;
	}

	public Map<ResolutionMethod, Long> methodCounts() {
		Map<ResolutionMethod, Long> counts = new EnumMap<>(ResolutionMethod.class);
		for (ResolutionMethod method : ResolutionMethod.values()) {
			counts.put(method, 0L);
		}
		stream("export/method-summary.sql",
				rs -> counts.put(ResolutionMethod.valueOf(rs.getString("method")), rs.getLong("account_count")));
		return counts;
	}

	private void stream(String sqlFile, RowCallbackHandler each) {
		jdbc.query(SqlFiles.load(sqlFile), run(), each);
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	/** Totals of one status; {@code monthlyImpact} is null when no line of the status is priced. */
	public record StatusTotals(LineStatus status, long lines, BigDecimal vendorQty, BigDecimal psaQty,
			BigDecimal delta, BigDecimal monthlyImpact) {

	}

}
