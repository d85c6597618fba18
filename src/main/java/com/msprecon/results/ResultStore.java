package com.msprecon.results;

import com.msprecon.matching.Candidate;
import com.msprecon.reconciliation.AccountOutcome;
import com.msprecon.reconciliation.AccountResolution;
import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.reconciliation.CompanyOutcome;
import com.msprecon.reconciliation.ReconciliationLine;
import com.msprecon.reconciliation.SyncUpLine;
import com.msprecon.reconciliation.VendorContribution;
import com.msprecon.sql.BulkInsert;
import com.msprecon.sql.RecordParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes a run's results with one {@link BulkInsert} per table and chunk (COPY on PostgreSQL). Every table is keyed by the run and a
 * business key, and inserts ignore a key already present: a chunk written again never duplicates a row.
 */
public class ResultStore {

	private static final BulkInsert RESOLUTIONS = BulkInsert.of("results/insert-resolution.sql");

	private static final BulkInsert CONTRIBUTIONS = BulkInsert.of("results/insert-contribution.sql");

	private static final BulkInsert LINES = BulkInsert.of("results/insert-line.sql");

	private static final BulkInsert SYNC_UP = BulkInsert.of("results/insert-sync-up.sql");

	private static final BulkInsert CHANGE_ORDERS = BulkInsert.of("results/insert-change-order.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public ResultStore(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	public void saveAccountOutcomes(List<? extends AccountOutcome> outcomes) {
		batch(RESOLUTIONS, outcomes.stream().map(o -> resolution(o.resolution())).toList());
		batch(CONTRIBUTIONS,
				outcomes.stream().flatMap(o -> o.contributions().stream()).map(this::record).toList());
		saveLines(outcomes.stream().flatMap(o -> o.lines().stream()).toList());
		batch(SYNC_UP,
				outcomes.stream().map(AccountOutcome::syncUp).filter(Objects::nonNull).map(this::syncUp).toList());
	}

	public void saveCompanyOutcomes(List<? extends CompanyOutcome> outcomes) {
		saveLines(outcomes.stream().flatMap(o -> o.lines().stream()).toList());
		batch(CHANGE_ORDERS,
				outcomes.stream().flatMap(o -> o.orders().stream()).map(this::record).toList());
	}

	private void saveLines(List<ReconciliationLine> lines) {
		batch(LINES, lines.stream().map(this::line).toList());
	}

	private void batch(BulkInsert insert, List<? extends SqlParameterSource> rows) {
		insert.insert(jdbc, rows);
	}

	private MapSqlParameterSource resolution(AccountResolution r) {
		return run().addValue("accountCode", r.accountCode())
			.addValue("accountName", r.accountName())
			.addValue("method", r.method().name())
			.addValue("companyId", r.companyId())
			.addValue("companyName", r.companyName())
			.addValue("score", BigDecimal.valueOf(r.score()).setScale(4, java.math.RoundingMode.HALF_UP))
			.addValue("reason", r.reason())
			.addValue("candidates", CandidateCodec.encode(r.candidates()))
			.addValue("userCount", r.userCount())
			.addValue("actualUsers", r.actualUsers())
			.addValue("seats", r.seats());
	}

	private MapSqlParameterSource line(ReconciliationLine l) {
		return run().addValue("lineKey", l.lineKey())
			.addValue("status", l.status().name())
			.addValue("accountCodes", String.join(";", l.accountCodes()))
			.addValue("companyId", l.companyId())
			.addValue("companyName", l.companyName())
			.addValue("productIdentifier", l.productIdentifier())
			.addValue("vendorQty", l.vendorQty())
			.addValue("psaQty", l.psaQty())
			.addValue("delta", l.delta())
			.addValue("monthlyImpact", l.monthlyImpact())
			.addValue("note", l.note());
	}

	/** A record whose components are the statement's parameters. */
	private SqlParameterSource record(Object record) {
		return RecordParameters.of(runId, record);
	}

	private MapSqlParameterSource syncUp(SyncUpLine s) {
		return run().addValue("accountCode", s.accountCode())
			.addValue("accountName", s.accountName())
			.addValue("companyId", s.companyId())
			.addValue("companyName", s.companyName())
			.addValue("packages", String.join(";", s.packages()))
			.addValue("userCount", s.currentSeats())
			.addValue("actualUsers", s.newTotalSeats())
			.addValue("change", s.change());
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

	/** Candidates as one text column: a line per candidate, fields separated by tabs. */
	public static final class CandidateCodec {

		private CandidateCodec() {
		}

		static String encode(List<Candidate> candidates) {
			return candidates.stream()
				.map(c -> String.join("\t", c.companyId(), clean(c.companyName()), String.format(java.util.Locale.ROOT, "%.4f", c.score()),
						clean(c.reason())))
				.collect(Collectors.joining("\n"));
		}

		public static List<Candidate> decode(String text) {
			List<Candidate> candidates = new ArrayList<>();
			if (text == null || text.isEmpty()) {
				return candidates;
			}
			for (String line : text.split("\n")) {
				String[] f = line.split("\t", -1);
				candidates.add(new Candidate(f[0], f[1], Double.parseDouble(f[2]), f[3]));
			}
			return candidates;
		}

		private static String clean(String value) {
			return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
		}

	}

}
