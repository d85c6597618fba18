package com.msprecon.history;

import com.msprecon.history.MonthOverMonthRule.Classified;
import com.msprecon.history.MonthOverMonthRule.Resolved;
import com.msprecon.history.MonthOverMonthRule.Side;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.run.RunContext;
import com.msprecon.sql.BulkInsert;
import com.msprecon.sql.SqlFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * {@code compareWithPreviousRunStep} (docs/rules.md R9): compares the run's stored lines and account resolutions with
 * those of its previous run and stores the result with the run. The step runs in one transaction and first deletes
 * what an earlier execution of it stored, so a rerun recomputes instead of duplicating. Each run's rows are read
 * once, paired by key in the database (sql/history/*-pairs.sql), classified here by {@link MonthOverMonthRule} and
 * written in batches: time and memory grow with the lines of the two runs, not with the history.
 */
public class CompareWithPreviousRunTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(CompareWithPreviousRunTasklet.class);

	/** the revenue history covers this run's period and the 11 before it */
	static final int REVENUE_PERIODS = 12;

	private static final int BATCH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunContext run;

	public CompareWithPreviousRunTasklet(NamedParameterJdbcTemplate jdbc, RunContext run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = run.runId();
		for (String table : List.of("line", "account", "revenue", "comparison")) {
			jdbc.update(SqlFiles.load("history/delete-" + table + ".sql"), new MapSqlParameterSource("runId", runId));
		}
		Optional<Previous> previous = previousRun();
		boolean adjacent = previous.map(p -> p.period().plusMonths(1).equals(run.key().yearMonth())).orElse(false);
		Long previousRunId = previous.map(Previous::runId).orElse(null);
		jdbc.update(SqlFiles.load("history/insert-comparison.sql"),
				pair(runId, previousRunId).addValue("previousPeriod", previous.map(p -> p.period().toString()).orElse(null))
					.addValue("previousAdjacent", adjacent));

		Map<ChangeClass, Integer> lines = compareLines(runId, previousRunId, adjacent);
		Map<AccountChangeClass, Integer> accounts = previous.isPresent() ? compareAccounts(runId, previousRunId)
				: new EnumMap<>(AccountChangeClass.class);
		jdbc.update(SqlFiles.load("history/insert-revenue.sql"),
				new MapSqlParameterSource("runId", runId).addValue("jobName", run.jobName())
					.addValue("msp", run.msp())
					.addValue("period", run.period())
					.addValue("firstPeriod", run.key().yearMonth().minusMonths(REVENUE_PERIODS - 1).toString()));

		if (previous.isEmpty()) {
			log.info("Run {}: no earlier period has a completed run of MSP {}, nothing to compare with; lines {}", runId,
					run.msp(), lines);
		}
		else {
			log.info("Run {}: compared with run {} of {}{}; lines {}, accounts {}", runId, previousRunId,
					previous.get().period(), adjacent ? "" : " (not the month before: months open start again)", lines,
					accounts);
		}
		return RepeatStatus.FINISHED;
	}

	private Optional<Previous> previousRun() {
		var parameters = new MapSqlParameterSource("jobName", run.jobName()).addValue("msp", run.msp())
			.addValue("period", run.period());
		return jdbc.query(SqlFiles.load("history/find-previous-run.sql"), parameters,
				(rs, n) -> new Previous(rs.getLong("run_id"), YearMonth.parse(rs.getString("period"))))
			.stream()
			.findFirst();
	}

	private Map<ChangeClass, Integer> compareLines(long runId, Long previousRunId, boolean adjacent) {
		Map<ChangeClass, Integer> counts = new EnumMap<>(ChangeClass.class);
		var batch = new Batch("history/insert-line.sql");
		jdbc.query(SqlFiles.load("history/line-pairs.sql"), pair(runId, previousRunId), rs -> {
			Side previous = side(rs, "previous");
			Side current = side(rs, "current");
			Integer months = (Integer) rs.getObject("previous_months_open", Integer.class);
			Optional<Classified> classified = MonthOverMonthRule.classify(previous, current, adjacent, months);
			if (classified.isEmpty()) {
				return;
			}
			ChangeClass changeClass = classified.get().changeClass();
			counts.merge(changeClass, 1, Integer::sum);
			batch.add(new MapSqlParameterSource("runId", runId).addValue("keyKind", rs.getString("key_kind"))
				.addValue("keyId", rs.getString("key_id"))
				.addValue("keyItem", rs.getString("key_item"))
				.addValue("changeClass", changeClass.name())
				.addValue("monthsOpen", classified.get().monthsOpen(), Types.INTEGER)
				// a RESOLVED key keeps what it is now (MATCH, EXCLUDED) when it is still there
				.addValue("currentLineKey", rs.getString("current_line_key"))
				.addValue("currentStatus", rs.getString("current_status"))
				.addValue("currentDelta", rs.getBigDecimal("current_delta"), Types.NUMERIC)
				.addValue("previousLineKey", rs.getString("previous_line_key"))
				.addValue("previousStatus", rs.getString("previous_status"))
				.addValue("previousDelta", rs.getBigDecimal("previous_delta"), Types.NUMERIC));
		});
		batch.flush();
		return counts;
	}

	private Map<AccountChangeClass, Integer> compareAccounts(long runId, long previousRunId) {
		Map<AccountChangeClass, Integer> counts = new EnumMap<>(AccountChangeClass.class);
		var batch = new Batch("history/insert-account.sql");
		jdbc.query(SqlFiles.load("history/account-pairs.sql"), pair(runId, previousRunId), rs -> {
			String previousMethod = rs.getString("previous_method");
			String currentMethod = rs.getString("current_method");
			Resolved previous = previousMethod == null ? null : new Resolved(rs.getString("previous_company_id"));
			Resolved current = currentMethod == null ? null : new Resolved(rs.getString("current_company_id"));
			String accountCode = rs.getString("account_code");
			MonthOverMonthRule.classifyAccount(previous, current).ifPresent(change -> {
				counts.merge(change, 1, Integer::sum);
				batch.add(new MapSqlParameterSource("runId", runId).addValue("accountCode", accountCode)
					.addValue("changeClass", change.name())
					.addValue("previousMethod", previousMethod)
					.addValue("previousCompanyId", previous == null ? null : previous.companyId())
					.addValue("currentMethod", currentMethod)
					.addValue("currentCompanyId", current == null ? null : current.companyId()));
			});
		});
		batch.flush();
		return counts;
	}

	private static Side side(ResultSet rs, String prefix) throws SQLException {
		String status = rs.getString(prefix + "_status");
		return status == null ? null : new Side(LineStatus.valueOf(status), rs.getBigDecimal(prefix + "_delta"));
	}

	private static MapSqlParameterSource pair(long runId, Long previousRunId) {
		return new MapSqlParameterSource("runId", runId).addValue("previousRunId", previousRunId, Types.BIGINT);
	}

	private record Previous(long runId, YearMonth period) {

	}

	/** Rows written in batches of {@value #BATCH}. */
	private final class Batch {

		private final BulkInsert insert;

		private final List<SqlParameterSource> rows = new ArrayList<>();

		Batch(String sqlFile) {
			this.insert = BulkInsert.of(sqlFile);
		}

		void add(SqlParameterSource row) {
			rows.add(row);
			if (rows.size() == BATCH) {
				flush();
			}
		}

		void flush() {
			if (!rows.isEmpty()) {
				insert.insert(jdbc, rows);
				rows.clear();
			}
		}

	}

}
