package com.msprecon.apply;

import com.msprecon.reconciliation.ChangeAction;
import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.sql.RecordParameters;
import com.msprecon.sql.SqlFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** The apply job's tables: its runs, their decisions and the ledger (docs/rules.md R10, R11). */
public class ApplyStore {

	private final NamedParameterJdbcTemplate jdbc;

	public ApplyStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the apply run once (its first execution), with the SHA-256 of its approvals file. */
	public void register(long applyRunId, long reconRunId, ApplyMode mode, String approvalsFile, String sha256,
			LocalDateTime startedAt) {
		jdbc.update(SqlFiles.load("apply/insert-apply-run.sql"), new MapSqlParameterSource("applyRunId", applyRunId)
			.addValue("reconRunId", reconRunId)
			.addValue("mode", mode.name())
			.addValue("approvalsFile", approvalsFile)
			.addValue("approvalsSha256", sha256)
			.addValue("startedAt", startedAt));
	}

	/** The apply run's decisions, replacing any an interrupted first step stored. */
	public void replaceDecisions(long applyRunId, List<Approval> approvals) {
		jdbc.update(SqlFiles.load("apply/delete-decisions.sql"), new MapSqlParameterSource("applyRunId", applyRunId));
		if (!approvals.isEmpty()) {
			jdbc.batchUpdate(SqlFiles.load("apply/insert-decision.sql"), approvals.stream()
				.map(a -> RecordParameters.of(applyRunId, a))
				.toArray(SqlParameterSource[]::new));
		}
	}

	/** The latest word of the earlier attempts on the order: an APPLIED one if any, else the newest. */
	public Optional<PriorAttempt> priorAttempt(long reconRunId, String orderKey) {
		return jdbc
			.query(SqlFiles.load("apply/prior-attempt.sql"),
					new MapSqlParameterSource("reconRunId", reconRunId).addValue("orderKey", orderKey),
					(rs, i) -> new PriorAttempt(rs.getLong("apply_run_id"), LedgerState.valueOf(rs.getString("state")),
							rs.getBigDecimal("live_qty"), rs.getString("created_line_id"),
							rs.getObject("updated_at", LocalDateTime.class)))
			.stream()
			.findFirst();
	}

	/** Writes the entry's row of its apply run (a new row, or the one an earlier execution left). */
	public void save(LedgerEntry entry) {
		SqlParameterSource row = RecordParameters.of(entry.applyRunId(), entry);
		if (jdbc.update(SqlFiles.load("apply/update-ledger.sql"), row) == 0) {
			jdbc.update(SqlFiles.load("apply/insert-ledger.sql"), row);
		}
	}

	public void saveAll(List<? extends LedgerEntry> entries) {
		entries.forEach(this::save);
	}

	/** Orders per state of the apply run; every state is present. */
	public Map<LedgerState, Long> stateCounts(long applyRunId) {
		Map<LedgerState, Long> counts = new EnumMap<>(LedgerState.class);
		for (LedgerState state : LedgerState.values()) {
			counts.put(state, 0L);
		}
		jdbc.query(SqlFiles.load("apply/state-counts.sql"), new MapSqlParameterSource("applyRunId", applyRunId),
				rs -> {
					counts.put(LedgerState.valueOf(rs.getString("state")), rs.getLong("orders"));
				});
		return counts;
	}

	/** The apply run's rows for its outputs, in order-key order. */
	public void appliedChanges(long applyRunId, Consumer<AppliedChange> each) {
		jdbc.query(SqlFiles.load("apply/applied-changes.sql"), new MapSqlParameterSource("applyRunId", applyRunId),
				rs -> {
					each.accept(new AppliedChange(rs.getString("order_key"), rs.getString("company_id"),
							rs.getString("company_name"), rs.getString("agreement_id"), rs.getString("addition_id"),
							rs.getString("product_identifier"), rs.getBigDecimal("before_qty"),
							rs.getBigDecimal("target_qty"), rs.getBigDecimal("live_qty"),
							LedgerState.valueOf(rs.getString("state")), rs.getString("message"),
							rs.getString("approved_by"), rs.getString("created_line_id")));
				});
	}

	/** One row of {@code applied-changes-<period>}. */
	public record AppliedChange(String orderKey, String companyId, String companyName, String agreementId,
			String additionId, String productIdentifier, java.math.BigDecimal before, java.math.BigDecimal target,
			java.math.BigDecimal live, LedgerState state, String message, String approvedBy, String createdLineId) {

	}

	/**
	 * docs/rules.md R12: the run's new-line orders whose line an earlier run's approved order already added (not
	 * effective yet at this run's date, so this run could not count it), each with those earlier lines.
	 */
	public Map<String, List<EarlierLine>> linesAppliedEarlier(long runId) {
		Map<String, List<EarlierLine>> applied = new java.util.LinkedHashMap<>();
		jdbc.query(SqlFiles.load("apply/lines-applied-earlier.sql"), new MapSqlParameterSource("runId", runId), rs -> {
			applied.computeIfAbsent(rs.getString("order_key"), k -> new java.util.ArrayList<>())
				.add(new EarlierLine(rs.getString("earlier_key"), rs.getLong("apply_run_id"),
						rs.getString("created_line_id"), rs.getObject("effective_date", LocalDate.class)));
		});
		return applied;
	}

	/** The sentence the reconciliation's outputs show for each order of {@link #linesAppliedEarlier}. */
	public Map<String, String> appliedEarlierNotes(long runId) {
		Map<String, String> notes = new java.util.LinkedHashMap<>();
		linesAppliedEarlier(runId).forEach((key, lines) -> notes.put(key, lines.stream()
			.map(line -> "already added by order " + line.orderKey() + " (apply run " + line.applyRunId()
					+ (line.additionId() == null ? "" : ", addition " + line.additionId()) + "), starts on "
					+ line.effectiveDate())
			.collect(java.util.stream.Collectors.joining("; ")) + "; approving it again adds nothing"));
		return notes;
	}

	/** A line an earlier run's order added to the PSA: that order's key, its apply run, the PSA's id, its start. */
	public record EarlierLine(String orderKey, long applyRunId, String additionId, LocalDate effectiveDate) {

	}

	/** The apply run as registered, or {@code null} when it never got past its first step. */
	public ApplyRun find(long applyRunId, com.msprecon.run.RunKey key) {
		return jdbc.query(SqlFiles.load("apply/find-apply-run.sql"), new MapSqlParameterSource("applyRunId", applyRunId),
				(rs, i) -> new ApplyRun(applyRunId, rs.getLong("recon_run_id"), key, ApplyMode.valueOf(rs.getString("mode")),
						java.nio.file.Path.of(rs.getString("approvals_file")), rs.getString("approvals_sha256")))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** A row of {@code apply/decided-orders.sql}. */
	public static DecidedOrder decidedOrder(ResultSet rs, int row) throws SQLException {
		ChangeOrder order = new ChangeOrder(rs.getString("order_key"), rs.getString("line_key"),
				ChangeAction.valueOf(rs.getString("action")), rs.getString("company_id"), rs.getString("company_name"),
				rs.getString("agreement_id"), rs.getString("agreement_name"), rs.getString("addition_id"),
				rs.getString("product_identifier"), rs.getBigDecimal("current_qty"), rs.getBigDecimal("new_qty"),
				rs.getBigDecimal("delta"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("monthly_impact"),
				rs.getObject("effective_date", LocalDate.class), rs.getBoolean("approval_required"),
				rs.getString("note"));
		return new DecidedOrder(order, new Approval(order.orderKey(), Decision.valueOf(rs.getString("decision")),
				rs.getString("decided_by"), rs.getString("decision_note"), rs.getString("source")));
	}

}
