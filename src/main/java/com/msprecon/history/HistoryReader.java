package com.msprecon.history;

import com.msprecon.reconciliation.LineStatus;
import com.msprecon.reconciliation.ResolutionMethod;
import com.msprecon.results.ResultReader;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.sql.SqlFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads a run's stored month-over-month comparison (docs/rules.md R9) for the outputs: the {@code Since Last Month}
 * sheet ({@link #read()}), the {@code since_last_month} column of the lines ({@link #byCurrentLineKey()}), the R9
 * counts ({@link #counts()}, {@link #accountCounts()}), the run compared with, whose own stored results give the
 * Summary's change of each headline figure ({@link #previousRun()}), and the recoverable
 * revenue of the last 12 periods ({@link #recoverableRevenue()}). Nothing is recomputed: an export of an old run shows
 * what the run stored.
 */
public class HistoryReader {

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	/**
	 * The compared lines, read once: the sheet and the lines' CSV column both ask, and a stored run's comparison
	 * does not change (at 50,000 companies the query sorts 90,000 lines for most of a second). Guarded by
	 * {@link #lines()}'s lock: the export's workbook and its CSV files ask from two threads at once.
	 */
	private List<LineChange> lines;

	public HistoryReader(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	/** Whether the run was compared at all: a run that completed before R9 was stored was not. */
	public boolean isCompared() {
		return comparison().isPresent();
	}

	/** The whole comparison; empty when the run was never compared. */
	public Optional<MonthOverMonth> read() {
		return comparison().map(c -> new MonthOverMonth(c.previous(), lines(), accounts(), counts(), accountCounts()));
	}

	/** The run it was compared with; empty when there was nothing to compare with, or it was never compared. */
	public Optional<PreviousRun> previousRun() {
		return comparison().map(Stored::previous);
	}

	private Optional<Stored> comparison() {
		return jdbc.query(SqlFiles.load("history/select-comparison.sql"), run(), (rs, n) -> {
			long previous = rs.getLong("previous_run_id");
			return new Stored(rs.wasNull() ? null
					: new PreviousRun(previous, YearMonth.parse(rs.getString("previous_period")),
							rs.getObject("previous_as_of_date", LocalDate.class), rs.getLong("previous_attempt"),
							rs.getBoolean("previous_adjacent")));
		}).stream().findFirst();
	}

	/** Every compared key, RESOLVED ones included, by company name. */
	public synchronized List<LineChange> lines() {
		if (this.lines != null) {
			return this.lines;
		}
		List<LineChange> lines = new ArrayList<>();
		jdbc.query(SqlFiles.load("history/select-lines.sql"), withPreviousRun(), rs -> {
			lines.add(new LineChange(ChangeClass.valueOf(rs.getString("change_class")),
					(Integer) rs.getObject("months_open", Integer.class), KeyKind.valueOf(rs.getString("key_kind")),
					rs.getString("key_id"), rs.getString("key_item"), rs.getString("company_id"),
					rs.getString("company_name"), state(rs, "current"), state(rs, "previous")));
		});
		this.lines = Collections.unmodifiableList(lines);
		return this.lines;
	}

	/**
	 * The compared lines of this run by their {@code recon_line} line key (for a column next to each line): NEW,
	 * PERSISTING, CHANGED, and RESOLVED for a line that is MATCH or EXCLUDED now. A line not in the map is neither
	 * a discrepancy now nor was one.
	 */
	public Map<String, LineChange> byCurrentLineKey() {
		Map<String, LineChange> byKey = new HashMap<>();
		for (LineChange line : lines()) {
			if (line.current() != null) {
				byKey.put(line.current().lineKey(), line);
			}
		}
		return byKey;
	}

	public List<AccountChange> accounts() {
		List<AccountChange> accounts = new ArrayList<>();
		jdbc.query(SqlFiles.load("history/select-accounts.sql"), withPreviousRun(), rs -> {
			accounts.add(new AccountChange(AccountChangeClass.valueOf(rs.getString("change_class")),
					rs.getString("account_code"), rs.getString("account_name"), method(rs, "previous_method"),
					rs.getString("previous_company_id"), rs.getString("previous_company_name"),
					method(rs, "current_method"), rs.getString("current_company_id"),
					rs.getString("current_company_name")));
		});
		return accounts;
	}

	/** The number of keys of each class; every class is present. */
	public Map<ChangeClass, Long> counts() {
		Map<ChangeClass, Long> counts = new EnumMap<>(ChangeClass.class);
		for (ChangeClass c : ChangeClass.values()) {
			counts.put(c, 0L);
		}
		jdbc.query(SqlFiles.load("history/count-lines.sql"), run(),
				(RowCallbackHandler) rs -> counts.put(ChangeClass.valueOf(rs.getString("change_class")),
						rs.getLong("line_count")));
		return counts;
	}

	/** The number of accounts of each class; every class is present. */
	public Map<AccountChangeClass, Long> accountCounts() {
		Map<AccountChangeClass, Long> counts = new EnumMap<>(AccountChangeClass.class);
		for (AccountChangeClass c : AccountChangeClass.values()) {
			counts.put(c, 0L);
		}
		jdbc.query(SqlFiles.load("history/count-accounts.sql"), run(),
				(RowCallbackHandler) rs -> counts.put(AccountChangeClass.valueOf(rs.getString("change_class")),
						rs.getLong("account_count")));
		return counts;
	}

	/**
	 * The previous run's headline figures (count, quantities, monthly impact per status, from its stored lines) for a
	 * "change since last month" next to this run's; empty when there is no previous run.
	 */
	public Optional<Map<LineStatus, StatusTotals>> previousTotals() {
		return previousRun().map(previous -> new ResultReader(jdbc, previous.runId()).statusTotals());
	}

	/**
	 * Recoverable revenue of this run's period and the 11 before it, oldest first, one entry per period (a period
	 * without a completed run has no figure), as stored when the run was compared; empty when it never was.
	 */
	public List<PeriodRevenue> recoverableRevenue() {
		Map<YearMonth, PeriodRevenue> stored = new HashMap<>();
		jdbc.query(SqlFiles.load("history/select-revenue.sql"), run(), rs -> {
			YearMonth period = YearMonth.parse(rs.getString("period"));
			stored.put(period, new PeriodRevenue(period, rs.getLong("source_run_id"), rs.getBigDecimal("recoverable")));
		});
		if (stored.isEmpty()) {
			return List.of();
		}
		YearMonth last = stored.keySet().stream().max(YearMonth::compareTo).orElseThrow();
		List<PeriodRevenue> periods = new ArrayList<>();
		for (int back = CompareWithPreviousRunTasklet.REVENUE_PERIODS - 1; back >= 0; back--) {
			YearMonth period = last.minusMonths(back);
			periods.add(stored.getOrDefault(period, new PeriodRevenue(period, null, null)));
		}
		return periods;
	}

	private static LineState state(ResultSet rs, String side) throws SQLException {
		String status = rs.getString(side + "_status");
		if (status == null) {
			return null;
		}
		return new LineState(rs.getString(side + "_line_key"), LineStatus.valueOf(status),
				rs.getString(side + "_account_codes"), rs.getBigDecimal(side + "_vendor_qty"),
				rs.getBigDecimal(side + "_psa_qty"), rs.getBigDecimal(side + "_delta"),
				rs.getBigDecimal(side + "_monthly_impact"));
	}

	private static ResolutionMethod method(ResultSet rs, String column) throws SQLException {
		String method = rs.getString(column);
		return method == null ? null : ResolutionMethod.valueOf(method);
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	/** The run and the run it was compared with (null when there was none, or it was never compared). */
	private MapSqlParameterSource withPreviousRun() {
		Long previous = previousRun().map(PreviousRun::runId).orElse(null);
		return run().addValue("previousRunId", previous, Types.BIGINT);
	}

	/** A stored comparison; {@code previous} is null when there was nothing to compare with. */
	private record Stored(PreviousRun previous) {

	}

}
