package com.msprecon.results;

import com.msprecon.input.InputReject;
import com.msprecon.psa.AgreementStatus;
import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.reconciliation.SyncUpLine;
import com.msprecon.reconciliation.VendorContribution;
import com.msprecon.sql.SqlFiles;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
		stream("results/lines.sql", rs -> each.accept(line(rs)));
	}

	/** The lines as a decision list: discrepancies first, the largest monthly impact first, matches last. */
	public void linesByImpact(Consumer<ReconciliationLine> each) {
		stream("results/lines-by-impact.sql", rs -> each.accept(line(rs)));
	}

	/** The UNMAPPED_SERVICE lines, each with its account's name (the line itself names the account by code). */
	public void unmappedServices(BiConsumer<ReconciliationLine, String> each) {
		stream("results/unmapped-services.sql", rs -> each.accept(line(rs), rs.getString("account_name")));
	}

	private static ReconciliationLine line(ResultSet rs) throws SQLException {
		return new ReconciliationLine(rs.getString("line_key"), LineStatus.valueOf(rs.getString("status")),
				list(rs.getString("account_codes")), rs.getString("company_id"),
				rs.getString("company_name"), rs.getString("product_identifier"), rs.getBigDecimal("vendor_qty"),
				rs.getBigDecimal("psa_qty"), rs.getBigDecimal("delta"), rs.getBigDecimal("monthly_impact"),
				rs.getString("note"));
	}

	/** A {@code ;}-separated list as stored. */
	private static List<String> list(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
	}

	/** The run's change orders, in the order the PSA Change Orders sheet lists them. */
	public void changeOrders(Consumer<ChangeOrder> each) {
		changeOrdersInContext(o -> each.accept(o.order()));
	}

	/** The orders as the PSA Change Orders sheet lists them, each with what stands behind it. */
	public void changeOrdersInContext(Consumer<OrderInContext> each) {
		Map<String, List<String>> candidates = new HashMap<>();
		jdbc.query(SqlFiles.load("results/candidate-agreements.sql"),
				run().addValue("active", AgreementStatus.ACTIVE.label()),
				(RowCallbackHandler) rs -> candidates.computeIfAbsent(rs.getString("company_id"), k -> new ArrayList<>())
					.add(rs.getString("name") + " (" + rs.getString("agreement_id") + ")"));
		stream("results/change-orders-in-context.sql", rs -> {
			ChangeOrder order = order(rs);
			List<String> agreements = order.action() == ChangeAction.ADD_LINE && order.agreementId() == null
					? candidates.getOrDefault(order.companyId(), List.of()) : List.of();
			each.accept(new OrderInContext(order, LineStatus.valueOf(rs.getString("status")),
					list(rs.getString("account_codes")), rs.getString("company_identifier"), agreements));
		});
	}

	private static ChangeOrder order(ResultSet rs) throws SQLException {
		return new ChangeOrder(rs.getString("order_key"), rs.getString("line_key"),
				ChangeAction.valueOf(rs.getString("action")), rs.getString("company_id"), rs.getString("company_name"),
				rs.getString("agreement_id"), rs.getString("agreement_name"), rs.getString("addition_id"),
				rs.getString("product_identifier"), rs.getBigDecimal("current_qty"), rs.getBigDecimal("new_qty"),
				rs.getBigDecimal("delta"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("monthly_impact"),
				rs.getObject("effective_date", LocalDate.class), rs.getBoolean("approval_required"),
				rs.getString("note"));
	}

	public void syncUp(Consumer<SyncUpLine> each) {
		stream("results/sync-up.sql",
				rs -> each.accept(new SyncUpLine(rs.getString("account_code"), rs.getString("account_name"),
						rs.getString("company_id"), rs.getString("company_name"), list(rs.getString("packages")),
						rs.getInt("user_count"), rs.getInt("actual_users"))));
	}

	public void resolutions(Consumer<AccountResolution> each) {
		stream("results/resolutions.sql", rs -> each.accept(resolution(rs)));
	}

	/** The accounts resolved by {@code method}: the most seats first, or the least sure match first. */
	public void resolutions(ResolutionMethod method, ReviewOrder order, Consumer<AccountResolution> each) {
		jdbc.query(SqlFiles.load("results/resolutions-of-method.sql"),
				run().addValue("method", method.name()).addValue("order", order.name()),
				(RowCallbackHandler) rs -> each.accept(resolution(rs)));
	}

	/** How a review sheet orders its accounts. */
	public enum ReviewOrder {

		SEATS, SCORE

	}

	private static AccountResolution resolution(ResultSet rs) throws SQLException {
		return new AccountResolution(rs.getString("account_code"), rs.getString("account_name"),
				ResolutionMethod.valueOf(rs.getString("method")), rs.getString("company_id"), rs.getString("company_name"),
				rs.getBigDecimal("score").doubleValue(), rs.getString("reason"),
				ResultStore.CandidateCodec.decode(rs.getString("candidates")), rs.getInt("user_count"),
				(Integer) rs.getObject("actual_users", Integer.class), rs.getInt("seats"));
	}

	/** The vendor seats the resolve step stored for the companies with {@code afterKey < company_id <= lastKey}. */
	public List<VendorContribution> contributionsOf(String afterKey, String lastKey) {
		return jdbc.query(SqlFiles.load("results/contributions-of-company-range.sql"),
				run().addValue("afterKey", afterKey).addValue("lastKey", lastKey),
				(rs, i) -> new VendorContribution(rs.getString("account_code"), rs.getString("product_identifier"),
						rs.getString("company_id"), rs.getInt("seats"), rs.getString("packages")));
	}

	/** Count, quantities and monthly impact per status; every status is present (zero when no line has it). */
	public Map<LineStatus, StatusTotals> statusTotals() {
		Map<LineStatus, StatusTotals> totals = new EnumMap<>(LineStatus.class);
		for (LineStatus status : LineStatus.values()) {
			totals.put(status, new StatusTotals(status, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
		}
		stream("results/status-summary.sql", rs -> {
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
		stream("results/method-summary.sql",
				rs -> counts.put(ResolutionMethod.valueOf(rs.getString("method")), rs.getLong("account_count")));
		return counts;
	}

	/** Vendor seats to add (the upsells' changes) and to remove (the downsells', as a positive number). */
	public SyncUpTotals syncUpTotals() {
		return jdbc.queryForObject(SqlFiles.load("results/sync-up-totals.sql"), run(),
				(rs, n) -> new SyncUpTotals(rs.getLong("seats_up"), rs.getLong("seats_down")));
	}

	public record SyncUpTotals(long seatsUp, long seatsDown) {

	}

	private void stream(String sqlFile, RowCallbackHandler each) {
		jdbc.query(SqlFiles.load(sqlFile), run(), each);
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	/**
	 * A change order with what stands behind it: the status of its line, the vendor accounts of the line, the PSA
	 * company's identifier, and for a new line without an agreement the company's active agreements to choose from.
	 */
	public record OrderInContext(ChangeOrder order, LineStatus status, List<String> accountCodes,
			String companyIdentifier, List<String> candidateAgreements) {

		public OrderInContext {
			accountCodes = List.copyOf(accountCodes);
			candidateAgreements = List.copyOf(candidateAgreements);
		}

	}

	/** Totals of one status; {@code monthlyImpact} is null when no line of the status is priced. */
	public record StatusTotals(LineStatus status, long lines, BigDecimal vendorQty, BigDecimal psaQty,
			BigDecimal delta, BigDecimal monthlyImpact) {

	}

}
